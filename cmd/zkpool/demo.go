package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const demoExamples = `  zkpool demo                         (run from the repository root)
  zkpool demo --dir examples/iris --segment-size 32`

// runDemo proves the shipped Iris task end to end on this machine and
// prints a readable summary. Until the network lands (zkpool-node), the
// demo is the local proving path: execute, split, prove every segment in
// parallel, verify the composite receipt, compare with smartcore.
func runDemo(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("demo", "[--dir DIR]", demoExamples, stderr)
	dir := fs.String("dir", "examples/iris", "example directory: tree_model.msgpack, iris_input_data.csv, expected_predictions.csv")
	seg := fs.Int("segment-size", 64, "samples per segment")
	if err := cli.Parse(fs, args, true); err != nil {
		return err
	}
	model := filepath.Join(*dir, "tree_model.msgpack")
	input := filepath.Join(*dir, "iris_input_data.csv")
	want, err := readExpected(filepath.Join(*dir, "expected_predictions.csv"))
	if err != nil {
		return cli.BadInput(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	fmt.Fprintf(stdout, "ZKPool demo: proving smartcore decision-tree inference on %d Iris samples\n", len(want))
	fmt.Fprintf(stdout, "  model  %s\n  input  %s\n", model, input)
	start := time.Now()
	res, sess, err := proveLocal(ctx, proveJob{model: model, input: input, segSize: *seg, progress: stderr,
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
	if len(res.Predictions) != len(want) {
		return fmt.Errorf("%d predictions, smartcore made %d", len(res.Predictions), len(want))
	}
	for i := range want {
		if res.Predictions[i] != want[i] {
			return fmt.Errorf("sample %d: proven prediction %d, smartcore %d", i+1, res.Predictions[i], want[i])
		}
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
