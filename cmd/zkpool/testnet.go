package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/zkpool/aoraki/node/config"
	"github.com/zkpool/aoraki/protocol/status"
	"github.com/zkpool/aoraki/testnet"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

// defaultTestnetDir is where 'zkpool testnet' keeps its network unless
// --dir says otherwise.
func defaultTestnetDir() string { return filepath.Join(config.DataDir("zkpool"), "testnet") }

var testnetCommands = []cli.Command{
	{Name: "up", Summary: "start a local network: chain, nodes, provers (separate processes)", Run: runTestnetUp},
	{Name: "status", Summary: "what every process of the testnet is doing", Run: runTestnetStatus},
	{Name: "logs", Summary: "print a process's log", Run: runTestnetLogs},
	{Name: "kill", Summary: "kill a process at once (SIGKILL): fault injection", Run: runTestnetKill},
	{Name: "restart", Summary: "stop a process if it runs and start it again", Run: runTestnetRestart},
	{Name: "cut", Summary: "cut the link between two processes (a --netns testnet): fault injection", Run: runTestnetCut},
	{Name: "heal", Summary: "restore a link cut, or every link", Run: runTestnetHeal},
	{Name: "shape", Summary: "delay or lose what a process sends (tc netem; a --netns testnet)", Run: runTestnetShape},
	{Name: "down", Summary: "stop every process (the data stays for the next up)", Run: runTestnetDown},
}

// runTestnet dispatches 'zkpool testnet <command>'.
func runTestnet(args []string, stdout, stderr io.Writer) error {
	usage := func(w io.Writer) {
		fmt.Fprintf(w, "usage: zkpool testnet <command> [flags]\n\ncommands:\n")
		for _, c := range testnetCommands {
			fmt.Fprintf(w, "  %-8s %s\n", c.Name, c.Summary)
		}
		fmt.Fprintf(w, "\nRun 'zkpool testnet <command> --help' for a command's flags and examples.\n\nexamples:\n%s\n", upExamples)
	}
	if len(args) == 0 {
		usage(stderr)
		return cli.BadUsage("which testnet command? (up, status, logs, kill, restart, cut, heal, shape, down)")
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		return flag.ErrHelp
	}
	for _, c := range testnetCommands {
		if c.Name == args[0] {
			return c.Run(args[1:], stdout, stderr)
		}
	}
	usage(stderr)
	return cli.BadUsage("unknown testnet command %q", args[0])
}

// parseWithName parses flags that may come before or after one positional
// NAME, and returns NAME.
func parseWithName(fs *flag.FlagSet, args []string) (string, error) {
	pos, err := cli.ParseMixed(fs, args)
	switch {
	case err != nil:
		return "", err
	case len(pos) == 0:
		return "", cli.BadUsage("name a process (chain, node1, prover1, …: see 'zkpool testnet status')")
	case len(pos) > 1:
		return "", cli.BadUsage("unexpected argument %q", pos[1])
	}
	return pos[0], nil
}

// setBadProvers reads --bad-provers K[:MODE] into cfg.
func setBadProvers(cfg *testnet.Config, flag string) error {
	k, mode, _ := strings.Cut(flag, ":")
	if _, err := fmt.Sscan(k, &cfg.BadProvers); err != nil || fmt.Sprint(cfg.BadProvers) != k {
		return cli.BadUsage("--bad-provers %q: want a count, optionally with :MODE (e.g. 1:invalid-proof)", flag)
	}
	if mode != "" {
		cfg.BadMode = mode
	}
	return nil
}

// testnetErr sorts testnet errors into bad usage (exit 2) and failures.
func testnetErr(err error) error {
	for _, e := range []error{testnet.ErrConfig, testnet.ErrNoTestnet, testnet.ErrNoProcess, testnet.ErrRunning, testnet.ErrCorrupt, testnet.ErrNetns, testnet.ErrNoNetem} {
		if errors.Is(err, e) {
			return cli.BadInput(err)
		}
	}
	return err
}

const upExamples = `  zkpool testnet up                                   (3 nodes, 4 provers, in ~/.local/share/zkpool/testnet)
  zkpool testnet up --nodes 4 --provers 8 --bad-provers 2:invalid-proof --dir /tmp/tn
  zkpool testnet up --bad-provers 1:silent --seed 7    (the same prover misbehaves every time)
  zkpool testnet up --json | jq -r .network_file
  zkpool testnet up --netns --dir /tmp/tn               (root: every process a host of its own on a bridge)
  zkpool testnet up --netns --nat-provers 2 --dir /tmp/tn   (two provers behind a NAT router)
  zkpool testnet up --provers 4 --prover-cpus 0.5 --dir /tmp/tn   (four half-core home provers)`

func runTestnetUp(args []string, stdout, stderr io.Writer) error {
	def := testnet.DefaultConfig(defaultTestnetDir())
	fs := app.Flags("testnet up", "[--nodes N] [--provers M] [--bad-provers K[:MODE]] [--dir D] [--seed S] [--netns]", upExamples, stderr)
	dir := fs.String("dir", def.Dir, "testnet directory (a second up on it reuses keys and chain data)")
	nodes := fs.Int("nodes", def.Nodes, fmt.Sprintf("Aoraki nodes (1 to %d); node1 is the bootstrap node", testnet.MaxNodes))
	provers := fs.Int("provers", def.Provers, "provers")
	bad := fs.String("bad-provers", "0", "K[:MODE]: K provers misbehave as MODE: invalid-proof (default), wrong-claim, silent, slow, hostile-seal or steal")
	seed := fs.Uint64("seed", 0, "seed drawing the bad provers and the provers' prices (0: random, printed)")
	bin := fs.String("bin", "", "directory of zkpool-node and zkpool-peer (default: next to this zkpool, else $PATH)")
	level := fs.String("log-level", def.LogLevel, "log level of every process: debug, info, warn or error")
	timeout := fs.Duration("timeout", def.ReadyTimeout, "how long to wait for the network to come together")
	asJSON := fs.Bool("json", false, "print the testnet's state as JSON")
	netns := fs.Bool("netns", false, "run every process in a network namespace of its own, with its own address on a bridge, "+
		"like separate hosts (root; needs ip, and nft for cutting links); default: every process on loopback")
	natProvers := fs.Int("nat-provers", 0, "with --netns: the last N provers sit behind a masquerading router, as at home (they dial out, nothing dials in)")
	cpus := fs.Float64("prover-cpus", 0, "run each prover as on a machine of this many cores of its own (a CPU quota; root): 0.5 gives 4 provers on 2 cores a half-core machine each; 0: no limit")
	if err := cli.Parse(fs, args, false); err != nil {
		return err
	}
	cfg := def
	cfg.Netns, cfg.NATProvers, cfg.ProverCPUs = *netns, *natProvers, *cpus
	cfg.Dir, cfg.Nodes, cfg.Provers, cfg.Seed, cfg.BinDir, cfg.LogLevel, cfg.ReadyTimeout = *dir, *nodes, *provers, *seed, *bin, *level, *timeout
	if err := setBadProvers(&cfg, *bad); err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return cli.BadInput(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	start := time.Now()
	tn, err := testnet.Up(ctx, cfg, stderr)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return errors.New("interrupted; every process started was stopped")
		}
		return testnetErr(err)
	}
	st := tn.State()
	if *asJSON {
		return json.NewEncoder(stdout).Encode(st)
	}
	printUp(stdout, tn, st, time.Since(start))
	return nil
}

func printUp(w io.Writer, tn *testnet.Testnet, st testnet.State, took time.Duration) {
	var bad []string
	for _, p := range st.Procs {
		if p.Misbehave != "" {
			bad = append(bad, p.Name+" ("+p.Misbehave+")")
		}
	}
	nodes, provers := 0, 0
	for _, p := range st.Procs {
		switch p.Role {
		case "node":
			nodes++
		case "prover":
			provers++
		}
	}
	fmt.Fprintf(w, "testnet up in %s: %d nodes, %d provers", took.Round(100*time.Millisecond), nodes, provers)
	if len(bad) > 0 {
		fmt.Fprintf(w, ", misbehaving: %s", strings.Join(bad, ", "))
	}
	fmt.Fprintf(w, "\n\nnetwork file: %s\nchain:        %s\n", st.NetworkFile, st.RPCURL)
	if st.Dashboard != "" {
		fmt.Fprintf(w, "dashboard:    %s\n", st.Dashboard)
	}
	if n := st.Netns; n != nil {
		fmt.Fprintf(w, "namespaces:   %s-* on %s (this host %s on %s): 'ip netns exec %s-node1 ss -tn' shows node1's links\n",
			n.Prefix, n.Subnet, n.HostIP, n.Prefix, n.Prefix)
	}
	d := ""
	if tn.Dir() != defaultTestnetDir() {
		d = " --dir " + tn.Dir()
	}
	fmt.Fprintf(w, `
try:
  zkpool quote --network %[1]s --model examples/iris/tree_model.msgpack --input examples/iris/iris_input_data.csv --dev-key %[3]d
  zkpool prove --network %[1]s --model examples/iris/tree_model.msgpack --input examples/iris/iris_input_data.csv --dev-key %[3]d
  zkpool testnet status%[2]s
  zkpool testnet logs node1%[2]s
  zkpool testnet kill prover1%[2]s        (then watch the network give its segments to others)
  zkpool testnet restart prover1%[2]s
  zkpool testnet down%[2]s
`, st.NetworkFile, d, testnet.RequesterDevKey)
}

const statusExamples = `  zkpool testnet status
  zkpool testnet status --dir /tmp/tn --json`

func runTestnetStatus(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("testnet status", "[--dir D] [--json]", statusExamples, stderr)
	dir := fs.String("dir", defaultTestnetDir(), "testnet directory")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := cli.Parse(fs, args, false); err != nil {
		return err
	}
	tn, err := testnet.Open(*dir)
	if err != nil {
		return testnetErr(err)
	}
	ps, err := tn.Status()
	if err != nil {
		return testnetErr(err)
	}
	st := tn.State()
	if *asJSON {
		return json.NewEncoder(stdout).Encode(struct {
			Dir         string               `json:"dir"`
			NetworkFile string               `json:"network_file"`
			RPCURL      string               `json:"rpc_url"`
			Dashboard   string               `json:"dashboard,omitempty"`
			Procs       []testnet.ProcStatus `json:"procs"`
		}{tn.Dir(), st.NetworkFile, st.RPCURL, st.Dashboard, ps})
	}
	fmt.Fprintf(stdout, "testnet %s\nnetwork file: %s\n", tn.Dir(), st.NetworkFile)
	if st.Dashboard != "" {
		fmt.Fprintf(stdout, "dashboard:    %s\n", st.Dashboard)
	}
	if n := st.Netns; n != nil {
		fmt.Fprintf(stdout, "namespaces:   %s-* on %s (this host %s)\n", n.Prefix, n.Subnet, n.HostIP)
	}
	fmt.Fprintf(stdout, "\n%-9s %-8s %-8s %s\n", "NAME", "STATE", "PID", "DETAIL")
	for _, p := range ps {
		state, pid := "stopped", "-"
		if p.Running {
			state, pid = "running", fmt.Sprint(p.PID)
		}
		d := detail(p)
		if p.IP != "" && st.Netns != nil {
			d = p.IP + " | " + d
			if p.NAT {
				d = p.IP + " behind NAT " + st.Netns.RouterIP + " | " + detail(p)
			}
		}
		fmt.Fprintf(stdout, "%-9s %-8s %-8s %s\n", p.Name, state, pid, d)
	}
	return nil
}

// detail is one line on what a running process's status file says.
func detail(p testnet.ProcStatus) string {
	var parts []string
	if p.Misbehave != "" {
		parts = append(parts, "misbehaves: "+p.Misbehave)
	}
	switch p.Role {
	case "chain":
		parts = append(parts, "JSON-RPC")
	case "node":
		if s := p.Node; s != nil {
			parts = append(parts, fmt.Sprintf("provers %d, nodes %d", s.Peers[status.PeersProvers], s.Peers[status.PeersNodes]))
			if len(s.TaskStates) > 0 {
				var ts []string
				for k, v := range s.TaskStates {
					ts = append(ts, fmt.Sprintf("%s %d", k, v))
				}
				sort.Strings(ts)
				parts = append(parts, "tasks: "+strings.Join(ts, ", "))
			}
		}
	case "prover":
		if s := p.Prover; s != nil {
			parts = append(parts, fmt.Sprintf("bids %d, awards %d, proven %d, earned %s wei", s.Bids, s.Awards, s.Proven, s.Earned))
		}
	}
	if p.Address != "" {
		parts = append(parts, p.Address)
	}
	return strings.Join(parts, " | ")
}

const logsExamples = `  zkpool testnet logs node1
  zkpool testnet logs prover2 --lines 0        (the whole log)
  zkpool testnet logs chain --dir /tmp/tn --follow`

func runTestnetLogs(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("testnet logs", "NAME [--lines N] [--follow] [--dir D]", logsExamples, stderr)
	dir := fs.String("dir", defaultTestnetDir(), "testnet directory")
	lines := fs.Int("lines", 50, "print the last N lines (0: all)")
	follow := fs.Bool("follow", false, "keep printing what is appended until Ctrl-C")
	name, err := parseWithName(fs, args)
	if err != nil {
		return err
	}
	if *lines < 0 {
		return cli.BadUsage("--lines %d: want 0 or more", *lines)
	}
	tn, err := testnet.Open(*dir)
	if err != nil {
		return testnetErr(err)
	}
	path, err := tn.LogPath(name)
	if err != nil {
		return testnetErr(err)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%s has no log yet: %w", name, err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		return err
	}
	text := string(b)
	if *lines > 0 {
		ls := strings.SplitAfter(text, "\n")
		if ls[len(ls)-1] == "" {
			ls = ls[:len(ls)-1]
		}
		if len(ls) > *lines {
			ls = ls[len(ls)-*lines:]
		}
		text = strings.Join(ls, "")
	}
	io.WriteString(stdout, text)
	if !*follow {
		return nil
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	buf := make([]byte, 32<<10)
	for {
		n, err := f.Read(buf)
		stdout.Write(buf[:n])
		if n > 0 {
			continue
		}
		if err != nil && err != io.EOF {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(200 * time.Millisecond):
		}
	}
}

const killExamples = `  zkpool testnet kill prover1       (SIGKILL: its segments go to other provers after their deadline)
  zkpool testnet kill node2 --dir /tmp/tn`

func runTestnetKill(args []string, stdout, stderr io.Writer) error {
	return onProcess("kill", killExamples, args, stdout, stderr, "killed", func(_ context.Context, tn *testnet.Testnet, name string) error {
		return tn.Kill(name)
	})
}

const restartExamples = `  zkpool testnet restart prover1
  zkpool testnet restart node2 --dir /tmp/tn     (it resumes its tasks from its store)`

func runTestnetRestart(args []string, stdout, stderr io.Writer) error {
	return onProcess("restart", restartExamples, args, stdout, stderr, "restarted", func(ctx context.Context, tn *testnet.Testnet, name string) error {
		return tn.Restart(ctx, name)
	})
}

// onProcess runs 'zkpool testnet CMD NAME [--dir D]': do on the named
// process, then "DONE NAME" on stdout.
func onProcess(cmd, examples string, args []string, stdout, stderr io.Writer, done string,
	do func(context.Context, *testnet.Testnet, string) error) error {
	fs := app.Flags("testnet "+cmd, "NAME [--dir D]", examples, stderr)
	dir := fs.String("dir", defaultTestnetDir(), "testnet directory")
	name, err := parseWithName(fs, args)
	if err != nil {
		return err
	}
	tn, err := testnet.Open(*dir)
	if err != nil {
		return testnetErr(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := do(ctx, tn, name); err != nil {
		return testnetErr(err)
	}
	fmt.Fprintf(stdout, "%s %s\n", done, name)
	return nil
}

const cutExamples = `  zkpool testnet cut prover1 node1 --dir /tmp/tn   (every packet between them dropped; their other links stay)
  zkpool testnet heal prover1 node1 --dir /tmp/tn
  zkpool testnet heal --dir /tmp/tn                 (every link cut)`

// linkArgs parses 'zkpool testnet CMD A B [--dir D]' and opens the
// testnet; optional allows no names at all.
func linkArgs(cmd, examples string, args []string, stderr io.Writer, optional bool) (*testnet.Testnet, []string, error) {
	fs := app.Flags("testnet "+cmd, "A B [--dir D]", examples, stderr)
	dir := fs.String("dir", defaultTestnetDir(), "testnet directory")
	pos, err := cli.ParseMixed(fs, args)
	if err != nil {
		return nil, nil, err
	}
	if len(pos) != 2 && !(optional && len(pos) == 0) {
		return nil, nil, cli.BadUsage("name two processes (chain, node1, prover1, …: see 'zkpool testnet status'), got %d", len(pos))
	}
	tn, err := testnet.Open(*dir)
	if err != nil {
		return nil, nil, testnetErr(err)
	}
	return tn, pos, nil
}

func runTestnetCut(args []string, stdout, stderr io.Writer) error {
	tn, names, err := linkArgs("cut", cutExamples, args, stderr, false)
	if err != nil {
		return err
	}
	if err := tn.Partition(names[0], names[1]); err != nil {
		return testnetErr(err)
	}
	fmt.Fprintf(stdout, "cut %s <-> %s\n", names[0], names[1])
	return nil
}

func runTestnetHeal(args []string, stdout, stderr io.Writer) error {
	tn, names, err := linkArgs("heal", cutExamples, args, stderr, true)
	if err != nil {
		return err
	}
	if len(names) == 0 {
		if err := tn.HealAll(); err != nil {
			return testnetErr(err)
		}
		fmt.Fprintln(stdout, "healed every link")
		return nil
	}
	if err := tn.Heal(names[0], names[1]); err != nil {
		return testnetErr(err)
	}
	fmt.Fprintf(stdout, "healed %s <-> %s\n", names[0], names[1])
	return nil
}

const shapeExamples = `  zkpool testnet shape prover1 "delay 100ms 20ms loss 2%" --dir /tmp/tn   (tc netem on what prover1 sends)
  zkpool testnet shape prover1 "" --dir /tmp/tn                            (the shaping taken away)`

func runTestnetShape(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("testnet shape", "NAME SPEC [--dir D]", shapeExamples, stderr)
	dir := fs.String("dir", defaultTestnetDir(), "testnet directory")
	pos, err := cli.ParseMixed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return cli.BadUsage("name a process and a netem spec (\"delay 50ms loss 1%%\", or \"\" to clear), got %d arguments", len(pos))
	}
	tn, err := testnet.Open(*dir)
	if err != nil {
		return testnetErr(err)
	}
	if err := tn.Shape(pos[0], pos[1]); err != nil {
		return testnetErr(err)
	}
	fmt.Fprintf(stdout, "shaped %s: %q\n", pos[0], pos[1])
	return nil
}

const downExamples = `  zkpool testnet down
  zkpool testnet down --dir /tmp/tn`

func runTestnetDown(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("testnet down", "[--dir D]", downExamples, stderr)
	dir := fs.String("dir", defaultTestnetDir(), "testnet directory")
	if err := cli.Parse(fs, args, false); err != nil {
		return err
	}
	tn, err := testnet.Open(*dir)
	if err != nil {
		return testnetErr(err)
	}
	ns := ""
	if n := tn.State().Netns; n != nil {
		ns = fmt.Sprintf(", no namespace %s-* nor link %s", n.Prefix, n.Prefix)
	}
	if err := tn.Down(context.Background()); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "testnet down: no process left%s; the data stays in %s for the next up\n", ns, tn.Dir())
	return nil
}
