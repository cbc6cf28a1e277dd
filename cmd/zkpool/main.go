// Command zkpool is the requester's and researcher's tool: prove a task
// (on this machine or on the network), ask the network for prices, train a
// model, verify a receipt, run the demo.
//
// Exit status: 0 on success, 1 when the job fails, 2 on bad usage or input.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/consensys/gnark/logger"
)

// usageError marks errors caused by the command line or the user's files:
// they exit with status 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func badInput(err error) error { return usageError{err} }

func badUsage(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

type command struct {
	name, summary string
	run           func(args []string, stdout, stderr io.Writer) error
}

var commands = []command{
	{"prove", "prove a decision-tree task (--local: here; --network FILE: on the network)", runProve},
	{"quote", "ask the network's nodes their price for a task, paying nothing", runQuote},
	{"train", "fit a decision tree (CART, Gini) from a labelled CSV", runTrain},
	{"verify", "verify a receipt file written by prove", runVerify},
	{"demo", "prove the shipped Iris task and print a summary", runDemo},
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: zkpool <command> [flags]")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'zkpool <command> --help' for a command's flags and examples.")
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(args[1:], stdout, stderr)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.As(err, new(usageError)):
			fmt.Fprintf(stderr, "zkpool %s: %v\n", c.name, err)
			return 2
		default:
			fmt.Fprintf(stderr, "zkpool %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "zkpool: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func main() {
	logger.Disable() // gnark's own progress logs; zkpool draws its own
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// newFlags makes a flag set whose errors are returned, with a usage text.
func newFlags(name, synopsis, examples string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: zkpool %s %s\n\nflags:\n", name, synopsis)
		fs.PrintDefaults()
		if examples != "" {
			fmt.Fprintf(stderr, "\nexamples:\n%s\n", examples)
		}
	}
	return fs
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	return nil
}
