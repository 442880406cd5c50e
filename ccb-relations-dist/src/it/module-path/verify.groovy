// Surefire reports "success" when it runs no test at all: require the module-path test class to have run.
def reports = new File(basedir, 'target/surefire-reports').list()?.findAll { it.startsWith('TEST-') } ?: []
assert reports == ['TEST-com.example.relations.modular.ModulePathTest.xml'] : "tests that ran: ${reports}"
return true
