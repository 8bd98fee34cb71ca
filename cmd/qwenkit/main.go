// Command qwenkit runs Qwen2 and Qwen2.5 models from the terminal: it inspects
// model files, computes logits, tokenizes, generates, checks JSON Schemas,
// benchmarks and drives agents. Run "qwenkit help" for the list of commands.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
)

// command is one subcommand: run gets the arguments after the command name.
type command struct {
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

// commands is the read-only table of subcommands. Each lives in its own file.
var commands = map[string]command{
	"agent":      agentCommand,
	"tokenize":   tokenizeCommand,
	"detokenize": detokenizeCommand,
	"info":       infoCommand,
	"synth":      synthCommand,
	"logits":     logitsCommand,
	"generate":   generateCommand,
	"chat":       chatCommand,
	"extract":    extractCommand,
	"template":   templateCommand,
	"bench":      benchCommand,
	"schema":     schemaCommand,
	"memory":     memoryCommand,
}

// exitError carries a specific exit status out of a command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command line and returns the process exit status. A panic
// inside a command becomes a one-line error, never a stack trace.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "qwenkit: unknown command %q (run \"qwenkit help\")\n", args[0])
		return 2
	}
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "qwenkit %s: internal error: %v\n", args[0], r)
			code = 1
		}
	}()
	if err := cmd.run(args[1:], stdin, stdout, stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0 // -h: the flag package has printed the command's usage
		}
		fmt.Fprintf(stderr, "qwenkit %s: %v\n", args[0], err)
		var ee *exitError
		if errors.As(err, &ee) {
			return ee.code
		}
		return 1
	}
	return 0
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: qwenkit COMMAND [flags]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, commands[n].summary)
	}
}
