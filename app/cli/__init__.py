"""The command line: ``main`` parses the arguments; one module per subcommand registers and runs
it."""
