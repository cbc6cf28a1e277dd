package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/prover/aggregate"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/local"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/tree"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const proveExamples = `  zkpool prove --network network.json --model examples/iris/tree_model.msgpack --input examples/iris/iris_input_data.csv --dev-key 9
  zkpool prove --network network.json --model model.json --input samples.csv --max-price 1000000000000000 --deadline 10m --json
  zkpool prove --local --model examples/iris/tree_model.msgpack --input examples/iris/iris_input_data.csv
  zkpool prove --local --model model.json --input samples.csv --segment-size 256 --json
  zkpool prove --local --model model.json --input samples.csv --receipt out.receipt.json && zkpool verify --model model.json --input samples.csv out.receipt.json
  zkpool prove --local --succinct --model examples/iris/tree_model.msgpack --input examples/iris/iris_input_data.csv --receipt iris.succinct.json --json`

// proveResult is prove's --json output.
type proveResult struct {
	Predictions []int     `json:"predictions"`
	Labels      []string  `json:"labels,omitempty"`
	Samples     int       `json:"samples"`
	Segments    int       `json:"segments"`
	SegmentSize int       `json:"segment_size"`
	Verified    bool      `json:"verified"`
	ModelHash   string    `json:"model_hash"`
	Family      string    `json:"family"`
	ReceiptCID  string    `json:"receipt_cid"`
	ReceiptFile string    `json:"receipt_file,omitempty"`
	SetupSecs   float64   `json:"setup_seconds"`   // compile, load or (new family) development setup
	ProvingSecs float64   `json:"proving_seconds"` // the proofs and the receipt's check, setup excluded
	SegmentSecs []float64 `json:"segment_seconds"`

	// With --succinct: the succinct receipt (one join proof for the whole
	// task) and what its aggregation cost.
	Succinct         bool      `json:"succinct"`
	SuccinctCID      string    `json:"succinct_receipt_cid,omitempty"`
	SuccinctBytes    int       `json:"succinct_receipt_bytes,omitempty"`
	SuccinctVerifyMS float64   `json:"succinct_verify_ms,omitempty"`
	Joins            int       `json:"joins,omitempty"`
	AggSetupSecs     float64   `json:"aggregation_setup_seconds,omitempty"` // load or (once per machine) set up the join families
	AggSecs          float64   `json:"aggregation_seconds,omitempty"`       // prove every join
	JoinSecs         []float64 `json:"join_seconds,omitempty"`              // each join, in Plan order (leaves first)
	WrapSecs         float64   `json:"wrap_seconds,omitempty"`              // the wrap of the root for Ethereum (the receipt's proof)
	CompositeBytes   int       `json:"composite_receipt_bytes"`
}

// bundle is the receipt file: the composite receipt with its journal.
type bundle struct {
	Version     int    `json:"version"`
	Program     string `json:"program"`
	Family      string `json:"family"`
	ModelHash   string `json:"model_hash"`
	Predictions []int  `json:"predictions"`
	ReceiptCID  string `json:"receipt_cid"`
	Receipt     string `json:"receipt"` // base64 of the composite receipt's binary encoding
	// A succinct bundle (--succinct) also holds the succinct receipt; its
	// composite receipt's seals are then proven for aggregation.
	SuccinctCID string `json:"succinct_receipt_cid,omitempty"`
	Succinct    string `json:"succinct_receipt,omitempty"` // base64 of the succinct receipt's binary encoding
}

type proveJob struct {
	model, input, receiptOut string
	segSize, workers         int
	succinct                 bool
	progress                 io.Writer
}

// proveLocal runs the whole local pipeline; errors caused by the user's
// files are usage errors (exit status 2).
func proveLocal(ctx context.Context, j proveJob) (*proveResult, *dtree.Session, error) {
	m, err := tree.LoadModel(j.model)
	if err != nil {
		return nil, nil, cli.BadInput(err)
	}
	in, err := tree.LoadInputs(j.input, m.NumFeatures)
	if err != nil {
		return nil, nil, cli.BadInput(err)
	}
	prog, err := dtree.New(m, j.segSize)
	if err != nil {
		return nil, nil, cli.BadInput(fmt.Errorf("%s: %w", j.model, err))
	}
	if _, err := prog.Quantise(in); err != nil { // refused before any setup
		return nil, nil, cli.BadInput(fmt.Errorf("%s: %w", j.input, err))
	}
	st, err := setup.Open(setup.DefaultDir(), j.progress)
	if err != nil {
		return nil, nil, err
	}
	// The program id is a commitment to the model under the family's
	// basis: the family is set up (or loaded) first.
	t0 := time.Now()
	a, err := st.Ensure(prog.Shape)
	if err != nil {
		return nil, nil, err
	}
	bindSetup := time.Since(t0)
	// A succinct receipt's segments are proven for recursion (a join
	// circuit verifies them), so they state the recursion hash of the
	// model commitment as their program id; the receipt, like the task,
	// names the model by the keccak hash a network seal states (taskID).
	target := dtree.ForSolidity
	if j.succinct {
		target = dtree.ForRecursion
	}
	if !prog.Bound() {
		if err := prog.BindFor(a.Basis, target); err != nil {
			return nil, nil, err
		}
	}
	id, err := prog.ID()
	if err != nil {
		return nil, nil, err
	}
	taskID := id
	if j.succinct {
		d, err := prog.ModelCommitment(a.Basis)
		if err != nil {
			return nil, nil, err
		}
		taskID = dtree.IDOf(d)
	}
	sess, err := prog.Execute(in)
	if err != nil {
		return nil, nil, cli.BadInput(fmt.Errorf("%s: %w", j.input, err))
	}
	pr := &local.Prover{Store: st, Workers: j.workers, ForAggregation: j.succinct}
	if j.progress != nil {
		pr.Progress = newProgress(j.progress).update
	}
	res, err := pr.Prove(ctx, &sess.Session)
	if err != nil {
		return nil, nil, err
	}
	enc, err := res.Receipt.MarshalBinary()
	if err != nil {
		return nil, nil, err
	}
	out := &proveResult{
		Predictions: sess.Predictions, Samples: len(in), Segments: len(sess.Segments),
		SegmentSize: j.segSize, Verified: true, ModelHash: taskID.String(),
		Family: prog.Shape.Name(), ReceiptCID: cids.Of(enc).String(), SetupSecs: (bindSetup + res.Setup).Seconds(), ProvingSecs: res.Proving.Seconds(),
		CompositeBytes: len(enc),
	}
	var succinct []byte
	if j.succinct {
		want := sess.Expect
		want.ProgramID = taskID
		if succinct, err = aggregateLocal(ctx, st, res, want, j.progress, out); err != nil {
			return nil, nil, err
		}
	}
	for _, d := range res.SegmentTimes {
		out.SegmentSecs = append(out.SegmentSecs, d.Seconds())
	}
	if len(m.ClassLabels) == m.NumClasses {
		for _, p := range sess.Predictions {
			out.Labels = append(out.Labels, m.ClassLabels[p])
		}
	}
	if j.receiptOut != "" {
		bd := bundle{Version: 1, Program: "dtree", Family: out.Family, ModelHash: out.ModelHash,
			Predictions: sess.Predictions, ReceiptCID: out.ReceiptCID, Receipt: base64.StdEncoding.EncodeToString(enc)}
		if succinct != nil {
			bd.SuccinctCID, bd.Succinct = out.SuccinctCID, base64.StdEncoding.EncodeToString(succinct)
		}
		b, _ := json.MarshalIndent(bd, "", "  ")
		if err := os.WriteFile(j.receiptOut, append(b, '\n'), 0o644); err != nil {
			return nil, nil, fmt.Errorf("write receipt: %w", err)
		}
		out.ReceiptFile = j.receiptOut
	}
	return out, sess, nil
}

// aggregateLocal proves the aggregation tree of res's segments on this
// machine, checks the succinct receipt as a verifier would (decoded from
// its bytes, keys from the store) and records it in out.
func aggregateLocal(ctx context.Context, st *setup.Store, res *local.Result, want receipt.Expect, w io.Writer, out *proveResult) ([]byte, error) {
	ag := &aggregate.Aggregator{Store: st}
	if w != nil {
		ag.Progress = func(done, total int, job aggregate.Job, took time.Duration) {
			what := "join"
			if job.Kind == aggregate.KindWrap {
				what = "of the root for Ethereum"
			}
			fmt.Fprintf(w, "aggregating: %d/%d proofs (%s %s over segments %d-%d proven in %s)\n",
				done, total, job.Kind, what, job.First, job.First+job.Count-1, took.Round(10*time.Millisecond))
		}
	}
	want.Segments = len(res.Receipt.Segments)
	agg, err := ag.Aggregate(ctx, res.Artifacts.VK, res.Receipt.Segments, want)
	if err != nil {
		return nil, fmt.Errorf("aggregate: %w", err)
	}
	b, err := agg.Receipt.MarshalBinary()
	if err != nil {
		return nil, err
	}
	var back aggregate.Receipt
	if err := back.UnmarshalBinary(b); err != nil {
		return nil, err
	}
	t := time.Now()
	if err := back.Verify(st, want); err != nil {
		return nil, fmt.Errorf("succinct receipt: %w", err)
	}
	out.Succinct, out.SuccinctCID, out.SuccinctBytes = true, cids.Of(b).String(), len(b)
	out.SuccinctVerifyMS = float64(time.Since(t).Microseconds()) / 1000
	out.Joins, out.AggSetupSecs, out.AggSecs = len(agg.Jobs), agg.Setup.Seconds(), agg.Proving.Seconds()
	for _, d := range agg.JobTimes {
		out.JoinSecs = append(out.JoinSecs, d.Seconds())
	}
	out.WrapSecs = agg.WrapTime.Seconds()
	return b, nil
}

func runProve(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("prove", "(--local | --network FILE) --model FILE --input FILE [flags]", proveExamples, stderr)
	localMode := fs.Bool("local", false, "prove on this machine")
	var nf netFlags
	nf.register(fs)
	model := fs.String("model", "", "decision tree: the project's JSON or a smartcore MessagePack model")
	input := fs.String("input", "", "samples: CSV (header optional) or a smartcore MessagePack DenseMatrix")
	seg := fs.Int("segment-size", 64, "samples per segment (8 to 4096; sizes whose circuit fills a power-of-two domain prove fastest, see BENCHMARKS.md); with --network, 0 (the default there) lets the node choose from the provers online")
	workers := fs.Int("workers", 0, "segments proven at once (0: one per core)")
	receiptOut := fs.String("receipt", "", "write the receipt and its journal to this file")
	asJSON := fs.Bool("json", false, "print one JSON object instead of text")
	succinct := fs.Bool("succinct", false, "also aggregate the segment proofs into one succinct receipt (join proofs; the first run on a machine sets up the join circuits, about an hour)")
	if err := cli.Parse(fs, args, true); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return cli.BadUsage("unexpected argument %q", fs.Arg(0))
	case *localMode == (nf.network != ""):
		return cli.BadUsage("give exactly one of --local (prove here) and --network FILE (prove on the network)")
	case *model == "" || *input == "":
		return cli.BadUsage("--model and --input are required")
	}
	if nf.network != "" {
		if *succinct {
			return cli.BadUsage("--succinct works with --local only for now: the network does not yet sell aggregation jobs")
		}
		if !flagSet(fs, "segment-size") {
			*seg = 0 // on the network the node sizes segments to the provers online
		}
		return proveNetwork(nf, *model, *input, *seg, *asJSON, stdout, stderr)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var prog io.Writer = stderr
	res, _, err := proveLocal(ctx, proveJob{model: *model, input: *input, receiptOut: *receiptOut, segSize: *seg, workers: *workers, succinct: *succinct, progress: prog})
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return errors.New("interrupted")
		}
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		return enc.Encode(res)
	}
	fmt.Fprintf(stdout, "verified: %d samples in %d segments of %d (%s) in %s (setup %s)\n", res.Samples, res.Segments, res.SegmentSize,
		res.Family, time.Duration(res.ProvingSecs*float64(time.Second)).Round(time.Millisecond),
		time.Duration(res.SetupSecs*float64(time.Second)).Round(time.Millisecond))
	fmt.Fprintf(stdout, "model hash:  %s\nreceipt CID: %s\n", res.ModelHash, res.ReceiptCID)
	if res.Succinct {
		fmt.Fprintf(stdout, "succinct:    %s (%d bytes, %d joins and the wrap proven in %s; verified in %.1f ms)\n", res.SuccinctCID, res.SuccinctBytes,
			res.Joins, time.Duration(res.AggSecs*float64(time.Second)).Round(time.Millisecond), res.SuccinctVerifyMS)
	}
	if res.ReceiptFile != "" {
		fmt.Fprintf(stdout, "receipt:     %s\n", res.ReceiptFile)
	}
	fmt.Fprintf(stdout, "predictions: %v\n", res.Predictions)
	return nil
}
