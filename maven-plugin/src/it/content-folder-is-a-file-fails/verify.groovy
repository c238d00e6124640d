// A content folder that is a file is named as such, not as missing; no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('drplan: <contentDirectory> ' + new File(basedir, 'docs/plan.md').path
        + ' is a file, not a folder: point it at the folder that holds the plan')
assert !log.contains('at org.drplan.')
return true
