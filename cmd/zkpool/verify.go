package main

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/zkpool/aoraki/prover/programs"
	"io"
	"os"
	"time"

	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/prover/aggregate"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/tree"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const verifyExamples = `  zkpool verify --model model.json --input samples.csv out.receipt.json
  zkpool verify out.receipt.json     (seals and state chain only)
  zkpool verify --model model.json --input samples.csv iris.succinct.json     (a --succinct receipt file: one proof)`

// expectFromInputs is what a receipt of the model and samples in the files
// must prove, for the receipt file b.
func expectFromInputs(model, input string, shape dtree.Shape, basis []bn254.G1Affine, b bundle, path string) (receipt.Expect, error) {

	m, err := tree.LoadModel(model)
	if err != nil {
		return receipt.Expect{}, cli.BadInput(err)
	}
	in, err := tree.LoadInputs(input, m.NumFeatures)
	if err != nil {
		return receipt.Expect{}, cli.BadInput(err)
	}
	newProgram := dtree.New
	if shape.Hashed { // the model hashed per segment (succinct receipts made before leaf joins took dtree/v2 seals)
		newProgram = dtree.NewHashed
	}
	prog, err := newProgram(m, shape.SegmentSize)
	if err != nil {
		return receipt.Expect{}, cli.BadInput(err)
	}
	if prog.Shape != shape {
		return receipt.Expect{}, fmt.Errorf("%s: NOT VERIFIED: the model's family is %s, the receipt's %s", path, prog.Shape.Name(), shape.Name())
	}
	if !prog.Bound() {
		if err := prog.Bind(basis); err != nil {
			return receipt.Expect{}, fmt.Errorf("%s: NOT VERIFIED: %w", path, err)
		}
	}
	// The executor's refusal: where fixed point could predict another
	// class than the model, a receipt proves nothing about the model's
	// prediction (a prover that skipped the refusal made it).
	if _, err := prog.Quantise(in); err != nil {
		return receipt.Expect{}, fmt.Errorf("%s: NOT VERIFIED: %w", path, err)
	}
	want, err := prog.Expect(in, b.Predictions)
	if err != nil {
		return receipt.Expect{}, cli.BadInput(err)
	}
	return want, nil
}

func runVerify(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("verify", "[--model FILE --input FILE] RECEIPT", verifyExamples, stderr)
	model := fs.String("model", "", "the model the receipt must be about")
	input := fs.String("input", "", "the samples the receipt must be about")
	if err := cli.Parse(fs, args, true); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return cli.BadUsage("want one receipt file (flags go before it)")
	}
	if (*model == "") != (*input == "") {
		return cli.BadUsage("--model and --input go together")
	}
	path := fs.Arg(0)
	raw, err := os.ReadFile(path)
	if err != nil {
		return cli.BadInput(err)
	}
	var b bundle
	if err := json.Unmarshal(raw, &b); err != nil {
		return cli.BadInput(fmt.Errorf("%s: not a receipt file: %v", path, err))
	}
	enc, err := base64.StdEncoding.DecodeString(b.Receipt)
	if err != nil {
		return cli.BadInput(fmt.Errorf("%s: receipt: %v", path, err))
	}
	var c receipt.CompositeReceipt
	if err := c.UnmarshalBinary(enc); errors.Is(err, receipt.ErrSeal) {
		// A well-formed file whose seal is not a seal: the receipt fails.
		return fmt.Errorf("%s: NOT VERIFIED: %w", path, err)
	} else if err != nil {
		return cli.BadInput(fmt.Errorf("%s: %w", path, err))
	}
	if got := cids.Of(enc).String(); got != b.ReceiptCID {
		return fmt.Errorf("%s: receipt CID is %s, the file says %s", path, got, b.ReceiptCID)
	}
	shape, err := dtree.ParseShape(b.Family)
	if err != nil {
		return cli.BadInput(fmt.Errorf("%s: %w", path, err))
	}
	st, err := setup.Open(setup.DefaultDir(), stderr)
	if err != nil {
		return err
	}
	var want receipt.Expect
	full := *model != ""
	if full {
		var basis []bn254.G1Affine
		if !shape.Hashed {
			if basis, err = (programs.Bases{Store: st}).Basis(b.Family, dtree.ModelWords(shape)); err != nil {
				return err
			}
		}
		if want, err = expectFromInputs(*model, *input, shape, basis, b, path); err != nil {
			return err
		}
		// The task a network proof was bound to (zero for a local proof):
		// it does not change what the receipt proves about model and input.
		want.Task = c.Task
	} else {
		// Without the inputs the journal cannot be checked: take the
		// receipt's own end state, and check everything else.
		if len(c.Segments) == 0 {
			return fmt.Errorf("%s: %w", path, receipt.ErrEmpty)
		}
		last := c.Segments[len(c.Segments)-1].Claim
		want = receipt.Expect{Task: c.Task, Family: b.Family, ProgramID: c.Segments[0].Claim.ProgramID,
			Initial: receipt.DigestOf(dtree.InitialState()), Final: last.StateOut,
			InputInitial: receipt.DigestOf(dtree.InitialState()), InputFinal: last.InputOut}
	}
	if b.Succinct != "" || b.SuccinctCID != "" {
		return verifySuccinct(st, b, &c, want, full, path, *input, stdout)
	}
	if err := c.Verify(st, want); err != nil {
		return fmt.Errorf("%s: NOT VERIFIED: %w", path, err)
	}
	if full {
		fmt.Fprintf(stdout, "verified: %d segments prove model %s predicts %v on %s\n", len(c.Segments), want.ProgramID, b.Predictions, *input)
	} else {
		fmt.Fprintf(stdout, "seals and state chain verified (%d segments, model %s); journal not checked against inputs: pass --model and --input\n",
			len(c.Segments), c.Segments[0].Claim.ProgramID)
	}
	return nil
}

// verifySuccinct checks a --succinct receipt file: the succinct receipt
// (one join proof for the whole task) against want, and the composite
// receipt it aggregates (seals proven for recursion, checked one by one
// with the chain) against the same want and the same payees.
func verifySuccinct(st *setup.Store, b bundle, c *receipt.CompositeReceipt, want receipt.Expect, full bool, path, input string, stdout io.Writer) error {
	enc, err := base64.StdEncoding.DecodeString(b.Succinct)
	if err != nil {
		return cli.BadInput(fmt.Errorf("%s: succinct receipt: %v", path, err))
	}
	if got := cids.Of(enc).String(); got != b.SuccinctCID {
		return fmt.Errorf("%s: succinct receipt CID is %s, the file says %s", path, got, b.SuccinctCID)
	}
	var r aggregate.Receipt
	if err := r.UnmarshalBinary(enc); err != nil {
		return cli.BadInput(fmt.Errorf("%s: %w", path, err))
	}
	want.Segments = len(c.Segments)
	segKey, err := st.VerifyingKey(b.Family)
	if err != nil {
		return fmt.Errorf("%s: NOT VERIFIED: %w", path, err)
	}
	if !full && len(c.Segments) > 0 {
		// The program as the succinct receipt names it: for a family that
		// commits its model, the keccak hash of the model commitment,
		// which the seals (proven for recursion) do not state.
		if want.ProgramID, err = aggregate.StatementProgram(segKey, &c.Segments[0]); err != nil {
			return fmt.Errorf("%s: NOT VERIFIED: composite receipt: %w", path, err)
		}
	}
	t := time.Now()
	if err := r.Verify(st, want); err != nil {
		return fmt.Errorf("%s: NOT VERIFIED: succinct receipt: %w", path, err)
	}
	took := time.Since(t)
	if err := aggregate.VerifySegments(segKey, c.Segments, want); err != nil {
		return fmt.Errorf("%s: NOT VERIFIED: composite receipt: %w", path, err)
	}
	for i, s := range c.Segments {
		if p := r.Payees[i]; p.Prover != s.Prover || p.Price.Cmp(s.Price) != 0 {
			return fmt.Errorf("%s: NOT VERIFIED: segment %d: the succinct receipt pays %x %s, the composite names %x %s", path, i, p.Prover, p.Price, s.Prover, s.Price)
		}
	}
	if full {
		fmt.Fprintf(stdout, "verified: one succinct proof (%s) and the %d segments it aggregates prove model %s predicts %v on %s\n",
			took.Round(10*time.Microsecond), len(c.Segments), want.ProgramID, b.Predictions, input)
	} else {
		fmt.Fprintf(stdout, "succinct proof (%s), seals and state chain verified (%d segments, model %s); journal not checked against inputs: pass --model and --input\n",
			took.Round(10*time.Microsecond), len(c.Segments), want.ProgramID)
	}
	return nil
}
