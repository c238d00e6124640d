// `mvn drplan:site -Ddrplan.pdf=false` writes the bundle without plan.pdf, and no page links to one.
def bundle = new File(basedir, 'target/drplan')
assert new File(bundle, 'index.html').isFile()
assert !new File(bundle, 'plan.pdf').exists()
assert !new File(bundle, 'index.html').text.contains('plan.pdf')
assert !new File(bundle, 'procedures/restore.html').text.contains('plan.pdf')
return true
