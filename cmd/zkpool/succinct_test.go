package main

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/prover/aggregate"
)

// TestProveSuccinctIris runs with ZKPOOL_AGGREGATE_FULL=1 (make
// test-aggregate): `zkpool prove --local --succinct` proves Iris in three
// segments, aggregates them with real join proofs (two leaf joins and a
// node join; the join families are set up once per machine, about an hour
// on 2 cores) into one succinct receipt, and `zkpool verify` accepts the
// receipt file and refuses its hostile variants with exit 1.
func TestProveSuccinctIris(t *testing.T) {
	if os.Getenv("ZKPOOL_AGGREGATE_FULL") != "1" {
		t.Skip("sets up and proves the real join circuits (tens of minutes on a clean machine): set ZKPOOL_AGGREGATE_FULL=1 (make test-aggregate)")
	}
	rf := filepath.Join(t.TempDir(), "iris.succinct.json")
	out, errOut, code := zkpool(t, "prove", "--local", "--succinct", "--model", irisModel, "--input", irisInput,
		"--segment-size", "64", "--json", "--receipt", rf)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var res proveResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%s", err, out)
	}
	if !res.Succinct || res.Segments != 3 || res.Joins != 3 || !strings.HasPrefix(res.SuccinctCID, "bafk") ||
		res.SuccinctBytes <= 0 || res.SuccinctVerifyMS <= 0 || res.AggSecs <= 0 || res.WrapSecs <= 0 {
		t.Fatalf("unexpected result: %s", out)
	}
	if res.SuccinctBytes >= res.CompositeBytes {
		t.Errorf("succinct receipt %d bytes, composite %d", res.SuccinctBytes, res.CompositeBytes)
	}
	if !strings.Contains(errOut, "aggregating: 3/4 proofs (node join over segments 0-2") ||
		!strings.Contains(errOut, "aggregating: 4/4 proofs (wrap of the root for Ethereum over segments 0-2") {
		t.Errorf("no aggregation progress on stderr:\n%s", errOut)
	}
	t.Logf("%s", out)
	if out, errOut, code := zkpool(t, "verify", "--model", irisModel, "--input", irisInput, rf); code != 0 || !strings.HasPrefix(out, "verified: one succinct proof") {
		t.Fatalf("verify exit %d: %s %s", code, out, errOut)
	}
	if out, errOut, code := zkpool(t, "verify", rf); code != 0 || !strings.HasPrefix(out, "succinct proof") {
		t.Fatalf("verify without inputs: exit %d: %s %s", code, out, errOut)
	}

	raw, err := os.ReadFile(rf)
	if err != nil {
		t.Fatal(err)
	}
	// Each variant changes the succinct receipt and names it by its new
	// CID, as an attacker would: only the proof can refuse it.
	for _, tc := range []struct {
		name string
		f    func(r *aggregate.Receipt)
	}{
		{"tampered seal", func(r *aggregate.Receipt) { r.Seal[70] ^= 1 }},
		{"a payee replaced", func(r *aggregate.Receipt) { r.Payees[1].Prover[3] ^= 1 }},
		{"a price raised", func(r *aggregate.Receipt) { r.Payees[2].Price.SetUint64(1 << 60) }},
		{"another final state", func(r *aggregate.Receipt) { r.StateOut[31] ^= 1 }},
		{"another task", func(r *aggregate.Receipt) { r.Task[0] ^= 1 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b map[string]any
			if err := json.Unmarshal(raw, &b); err != nil {
				t.Fatal(err)
			}
			enc, err := base64.StdEncoding.DecodeString(b["succinct_receipt"].(string))
			if err != nil {
				t.Fatal(err)
			}
			var r aggregate.Receipt
			if err := r.UnmarshalBinary(enc); err != nil {
				t.Fatal(err)
			}
			tc.f(&r)
			if enc, err = r.MarshalBinary(); err != nil {
				t.Fatal(err)
			}
			b["succinct_receipt"], b["succinct_receipt_cid"] = base64.StdEncoding.EncodeToString(enc), cids.Of(enc).String()
			body, _ := json.Marshal(b)
			path := filepath.Join(t.TempDir(), "bad.json")
			if err := os.WriteFile(path, body, 0o644); err != nil {
				t.Fatal(err)
			}
			out, errOut, code := zkpool(t, "verify", "--model", irisModel, "--input", irisInput, path)
			if code != 1 || !strings.Contains(errOut, "NOT VERIFIED") {
				t.Fatalf("exit %d: %s %s", code, out, errOut)
			}
		})
	}
	// The receipt does not prove the model's predictions on other samples.
	other := filepath.Join(t.TempDir(), "other.csv")
	in, _ := os.ReadFile(filepath.Join("../..", irisInput))
	lines := strings.Split(strings.TrimSpace(string(in)), "\n")
	if err := os.WriteFile(other, []byte(strings.Join(append(lines[:len(lines)-1], lines[1]), "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, errOut, code := zkpool(t, "verify", "--model", irisModel, "--input", other, rf); code != 1 || !strings.Contains(errOut, "NOT VERIFIED") {
		t.Fatalf("other samples: exit %d: %s %s", code, out, errOut)
	}
}
