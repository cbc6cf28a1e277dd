package main

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/testnet"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const demoExamples = `  zkpool demo                      (run from the repository root; what 'make demo' runs)
  zkpool demo --nodes 4 --provers 6 --bad-provers 1:invalid-proof
  zkpool demo --dir /tmp/tn        (keep the testnet's data and logs afterwards)
  zkpool demo --local              (no network: prove every segment on this machine)`

// runDemo starts a local testnet (separate processes: chain, nodes,
// provers), proves the shipped Iris task on it as a requester would, prints
// a readable summary and stops the testnet. --local proves on this machine
// instead.
func runDemo(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("demo", "[--nodes N] [--provers M] [--bad-provers K[:MODE]] [--dir D] [--local]", demoExamples, stderr)
	example := fs.String("example", "examples/iris", "example directory: tree_model.msgpack, iris_input_data.csv, expected_predictions.csv")
	seg := fs.Int("segment-size", 32, "samples per segment")
	local := fs.Bool("local", false, "prove on this machine, without a network")
	dir := fs.String("dir", "", "testnet directory, kept afterwards (default: a temporary one, removed)")
	nodes := fs.Int("nodes", 3, "Aoraki nodes")
	provers := fs.Int("provers", 4, "provers")
	bad := fs.String("bad-provers", "0", "K[:MODE]: K provers misbehave (invalid-proof, wrong-claim, silent, slow, hostile-seal, steal)")
	bin := fs.String("bin", "", "directory of zkpool-node and zkpool-peer (default: next to this zkpool, else $PATH)")
	if err := cli.Parse(fs, args, false); err != nil {
		return err
	}
	d := demoJob{model: filepath.Join(*example, "tree_model.msgpack"), input: filepath.Join(*example, "iris_input_data.csv"), seg: *seg}
	var err error
	if d.want, err = readExpected(filepath.Join(*example, "expected_predictions.csv")); err != nil {
		return cli.BadInput(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *local {
		return d.local(ctx, stdout, stderr)
	}
	cfg := testnet.DefaultConfig(*dir)
	cfg.Nodes, cfg.Provers, cfg.BinDir = *nodes, *provers, *bin
	if err := setBadProvers(&cfg, *bad); err != nil {
		return err
	}
	if *dir == "" {
		tmp, err := os.MkdirTemp("", "zkpool-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		cfg.Dir = tmp
	}
	if err := cfg.Validate(); err != nil {
		return cli.BadInput(err)
	}
	in, _, err := taskInput(d.model, d.input, d.seg)
	if err != nil {
		return err
	}
	return d.network(ctx, cfg, in, stdout, stderr)
}

type demoJob struct {
	model, input string
	seg          int
	want         []int
}

// network runs the demo on a testnet it starts and always stops.
func (d demoJob) network(ctx context.Context, cfg testnet.Config, in []byte, stdout, stderr io.Writer) (err error) {
	fmt.Fprintf(stdout, "ZKPool demo: a local network of %d nodes and %d provers proves smartcore decision-tree inference on %d Iris samples\n",
		cfg.Nodes, cfg.Provers, len(d.want))
	start := time.Now()
	tn, err := testnet.Up(ctx, cfg, stderr)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return errors.New("interrupted; every process started was stopped")
		}
		return testnetErr(err)
	}
	defer func() {
		derr := tn.Down(context.Background())
		if derr != nil && err == nil {
			err = fmt.Errorf("stopping the testnet: %w", derr)
		}
		if derr == nil {
			fmt.Fprintln(stdout, "testnet stopped: no process left")
		}
	}()
	st := tn.State()
	up := time.Since(start)
	fmt.Fprintf(stdout, "testnet up in %s: network file %s\n", up.Round(100*time.Millisecond), st.NetworkFile)
	if st.Dashboard != "" {
		fmt.Fprintf(stdout, "dashboard: %s (while the demo runs)\n", st.Dashboard)
	}
	names := map[common.Address]string{}
	for _, p := range st.Procs {
		if common.IsHexAddress(p.Address) {
			label := p.Name
			if p.Misbehave != "" {
				label += " (" + p.Misbehave + ")"
			}
			names[common.HexToAddress(p.Address)] = label
		}
	}
	name := func(a common.Address) string {
		if n, ok := names[a]; ok {
			return n
		}
		return a.Hex()
	}
	nf := netFlags{network: st.NetworkFile, dataDir: filepath.Join(tn.Dir(), "requester"), devKey: testnet.RequesterDevKey, deadline: 5 * time.Minute}
	res, err := networkProve(ctx, nf, in, stderr, name)
	if err != nil {
		return err
	}
	gas := "unknown"
	if res.FulfilGas > 0 {
		gas = fmt.Sprint(res.FulfilGas)
	}
	fmt.Fprintf(stdout, "\ntask         %s\nnode         %s (%s), chosen from %d quotes\n", res.TaskID.Hex(), name(res.Node), res.Node.Hex(), res.Quotes)
	fmt.Fprintf(stdout, "segments     %d of up to %d samples, each proven by the prover that won its auction:\n", len(res.Receipt.Segments), d.seg)
	for i, p := range res.Provers {
		lo := i*d.seg + 1
		hi := min((i+1)*d.seg, len(d.want))
		fmt.Fprintf(stdout, "  segment %d  samples %3d-%3d  %-10s %s\n", i, lo, hi, name(p), p.Hex())
	}
	fmt.Fprintf(stdout, "price paid   %s wei (escrowed, then paid out to the provers and the node)\n", res.Price)
	fmt.Fprintf(stdout, "fulfil gas   %s (tx %s)\n", gas, res.FulfilTx.Hex())
	fmt.Fprintf(stdout, "receipt CID  %s\n", res.ReceiptCID)
	fmt.Fprintf(stdout, "time         %s from upload to verified receipt (testnet start %s)\n", res.Elapsed.Round(time.Millisecond), up.Round(100*time.Millisecond))
	fmt.Fprintf(stdout, "predictions  %s\n", strings.Trim(fmt.Sprint(res.Journal.Predictions), "[]"))
	fmt.Fprintf(stdout, "verified     %v: every segment seal, the state chain and the journal, checked here by the requester\n", res.Verified)
	if err := d.check(res.Journal.Predictions); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "matches smartcore's expected predictions: yes")
	return nil
}

// check compares proven predictions with smartcore's.
func (d demoJob) check(got []int) error {
	if len(got) != len(d.want) {
		return fmt.Errorf("%d predictions, smartcore made %d", len(got), len(d.want))
	}
	for i := range d.want {
		if got[i] != d.want[i] {
			return fmt.Errorf("sample %d: proven prediction %d, smartcore %d", i+1, got[i], d.want[i])
		}
	}
	return nil
}

// local proves every segment on this machine.
func (d demoJob) local(ctx context.Context, stdout, stderr io.Writer) error {
	fmt.Fprintf(stdout, "ZKPool demo (local): proving smartcore decision-tree inference on %d Iris samples\n", len(d.want))
	fmt.Fprintf(stdout, "  model  %s\n  input  %s\n", d.model, d.input)
	start := time.Now()
	res, sess, err := proveLocal(ctx, proveJob{model: d.model, input: d.input, segSize: d.seg, progress: stderr,
		receiptOut: filepath.Join(os.TempDir(), "zkpool-demo.receipt.json")})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\ncircuit family  %s\nmodel hash      %s\n", res.Family, res.ModelHash)
	fmt.Fprintf(stdout, "segments        %d of %d samples (continuations, proven in parallel)\n", res.Segments, res.SegmentSize)
	for i, s := range sess.Segments {
		fmt.Fprintf(stdout, "  segment %d: samples %3d-%3d  %s -> %s  proven in %s\n", i, i*res.SegmentSize+1, i*res.SegmentSize+s.Size,
			short(s.Claim.StateIn.String()), short(s.Claim.StateOut.String()), time.Duration(res.SegmentSecs[i]*float64(time.Second)).Round(time.Millisecond))
	}
	fmt.Fprintf(stdout, "receipt CID     %s\nreceipt file    %s\n", res.ReceiptCID, res.ReceiptFile)
	fmt.Fprintf(stdout, "composite receipt verified: %v (every seal, the state chain, the journal)\n", res.Verified)
	fmt.Fprintf(stdout, "predictions     %v\n", res.Predictions)
	if err := d.check(res.Predictions); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "matches smartcore's expected predictions: yes\ntotal time      %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}

func short(h string) string { return h[:10] + "…" }

func readExpected(path string) ([]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	var out []int
	for row := 1; ; row++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		for col, v := range rec {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				return nil, fmt.Errorf("%s: row %d, column %d: %q is not a class", path, row, col+1, v)
			}
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no predictions", path)
	}
	return out, nil
}
