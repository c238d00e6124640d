// `mvn drplan:serve` in the background on a free port: fetch a page, edit a section and see the change, break a
// link and see the error the pages show, fix it, stop the server (as Ctrl-C does) and find no folder left.
import java.util.concurrent.TimeUnit

int port = new ServerSocket(0).withCloseable { it.localPort }
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def command = [mvn, '-B', '-o', "-Dmaven.repo.local=${System.getProperty('maven.repo.local', System.getProperty('user.home') + '/.m2/repository')}",
               'drplan:serve', "-Ddrplan.port=${port}"]
def process = new ProcessBuilder(command*.toString()).directory(basedir).redirectErrorStream(true).start()
def log = new StringBuffer()
Thread.start { process.inputStream.eachLine { log.append(it).append('\n') } }

def waitFor = { String what, Closure<Boolean> condition ->
    long until = System.currentTimeMillis() + 120_000
    while (System.currentTimeMillis() < until) {
        try {
            if (condition()) { return }
        } catch (IOException ignored) {
            // not serving yet
        }
        Thread.sleep(100)
    }
    throw new AssertionError("no ${what} within 120 s; the server said:\n${log}")
}
def get = { String path -> new URL("http://127.0.0.1:${port}/${path}").getText('UTF-8') }

try {
    waitFor('server') { log.toString().contains("drplan serve: http://127.0.0.1:${port}/") }
    assert get('procedures/restore.html').contains('Restore the database')
    assert get('procedures/restore.html').contains('<script src="/__drplan/live.js"')

    def section = new File(basedir, 'src/drplan/procedures/restore.md')
    def original = section.text
    section.text = original.replace('Restore the database', 'Restore the database from the replica')
    waitFor('edited page') { get('procedures/restore.html').contains('Restore the database from the replica') }

    section.text = original + '\nSee [the runbook](nowhere.md).\n'
    waitFor('error') { get('__drplan/state').contains('"succeeded":false') }
    def state = get('__drplan/state')
    assert state =~ /src\/drplan\/procedures\/restore\.md:\d+:\d+: error: [^"]*nowhere\.md/
    assert get('procedures/restore.html').contains('from the replica'): 'the last good bundle stays served'

    section.text = original
    waitFor('good build') { get('__drplan/state').contains('"succeeded":true') && !get('procedures/restore.html').contains('from the replica') }
} finally {
    process.destroy()  // SIGTERM: the shutdown hooks run, as on Ctrl-C
    assert process.waitFor(60, TimeUnit.SECONDS)
}
assert !new File(basedir, 'target/drplan-serve').exists(): 'the served folder is removed when the server stops'
return true
