// Surefire reports "success" when it runs no test at all (the old default Surefire and JUnit 5): require both classes.
def reports = new File(basedir, 'target/surefire-reports').list()?.findAll { it.startsWith('TEST-') } ?: []
assert reports.sort() == ['TEST-com.example.relations.BundledDataTest.xml',
                          'TEST-com.example.relations.StagedArtifactsTest.xml'] : "tests that ran: ${reports}"
return true
