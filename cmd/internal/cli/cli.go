// Package cli is the command-line scaffolding the three binaries share:
// subcommand dispatch, the exit-status convention (0 success, 1 the job
// failed, 2 bad usage or input), flag sets whose --help shows examples,
// a repeatable string flag and a leveled text logger.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
)

// UsageError marks errors caused by the command line or the user's files:
// they exit with status 2.
type UsageError struct{ Err error }

func (e UsageError) Error() string { return e.Err.Error() }
func (e UsageError) Unwrap() error { return e.Err }

// BadInput marks err as the user's input's fault.
func BadInput(err error) error { return UsageError{err} }

// BadUsage is a usage error with a message.
func BadUsage(format string, args ...any) error { return UsageError{fmt.Errorf(format, args...)} }

// Command is one subcommand.
type Command struct {
	Name, Summary string
	Run           func(args []string, stdout, stderr io.Writer) error
}

// App is a binary made of subcommands.
type App struct {
	Name     string
	Commands []Command
}

func (a *App) usage(w io.Writer) {
	fmt.Fprintf(w, "usage: %s <command> [flags]\n\ncommands:\n", a.Name)
	for _, c := range a.Commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.Name, c.Summary)
	}
	fmt.Fprintf(w, "\nRun '%s <command> --help' for a command's flags and examples.\n", a.Name)
}

// Run dispatches args to a subcommand and returns the exit status.
func (a *App) Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		a.usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range a.Commands {
		if c.Name != args[0] {
			continue
		}
		err := c.Run(args[1:], stdout, stderr)
		switch {
		case err == nil, errors.Is(err, flag.ErrHelp):
			return 0
		case errors.As(err, new(UsageError)):
			fmt.Fprintf(stderr, "%s %s: %v\n", a.Name, c.Name, err)
			return 2
		default:
			fmt.Fprintf(stderr, "%s %s: %v\n", a.Name, c.Name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "%s: unknown command %q\n", a.Name, args[0])
	a.usage(stderr)
	return 2
}

// Flags makes a flag set for subcommand name whose errors are returned and
// whose usage text ends with examples.
func (a *App) Flags(name, synopsis, examples string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s %s %s\n\nflags:\n", a.Name, name, synopsis)
		fs.PrintDefaults()
		if examples != "" {
			fmt.Fprintf(stderr, "\nexamples:\n%s\n", examples)
		}
	}
	return fs
}

// Parse parses args; positional arguments are refused unless allowArgs.
func Parse(fs *flag.FlagSet, args []string, allowArgs bool) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return UsageError{err}
	}
	if !allowArgs && fs.NArg() > 0 {
		return BadUsage("unexpected argument %q", fs.Arg(0))
	}
	return nil
}

// ParseMixed parses args whose flags may come before, between or after
// positional arguments, and returns the positional ones in order.
func ParseMixed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := Parse(fs, args, true); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// Multi is a repeatable string flag.
type Multi []string

func (m *Multi) String() string     { return fmt.Sprint(*m) }
func (m *Multi) Set(v string) error { *m = append(*m, v); return nil }

// Logger is a text logger at level ("debug", "info", "warn", "error";
// anything else is info).
func Logger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level))
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}
