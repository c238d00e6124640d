// A plan folder named in the pom that does not exist is a mistake: the build fails and names the pom element.
def log = new File(basedir, 'build.log').text
assert log.contains('drplan: <contentDirectory> ' + new File(basedir, 'docs/plan').path + ' does not exist')
assert !log.contains('at org.drplan.')
return true
