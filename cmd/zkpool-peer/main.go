// Command zkpool-peer is the home prover: join a network and prove
// segments for pay (join), show what it has done (status), and withdraw its
// earnings (withdraw). Keys are made on the first run.
//
// Exit status: 0 on success, 1 when the job fails, 2 on bad usage or input.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
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
	{"join", "join a network and prove segments for pay", runJoin},
	{"status", "show the prover's work and earnings", runStatus},
	{"withdraw", "send the earnings to the payout address", runWithdraw},
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: zkpool-peer <command> [flags]")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'zkpool-peer <command> --help' for a command's flags and examples.")
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
			fmt.Fprintf(stderr, "zkpool-peer %s: %v\n", c.name, err)
			return 2
		default:
			fmt.Fprintf(stderr, "zkpool-peer %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "zkpool-peer: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func main() {
	logger.Disable()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func newFlags(name, synopsis, examples string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: zkpool-peer %s %s\n\nflags:\n", name, synopsis)
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
	if fs.NArg() > 0 {
		return badUsage("unexpected argument %q", fs.Arg(0))
	}
	return nil
}

// multi is a repeatable string flag.
type multi []string

func (m *multi) String() string     { return fmt.Sprint(*m) }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level))
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}
