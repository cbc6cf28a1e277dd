package contracts_test

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/contracts/testcontracts"
)

// BenchmarkGas measures the gas of each Aoraki operation on the simulated
// backend under Osaka rules and reports it as a custom metric (gas/op). It
// is deterministic: one iteration suffices (go test -bench Gas -benchtime 1x).
func BenchmarkGas(b *testing.B) {
	for i := 0; i < b.N; i++ {
		g := measureGas(b)
		for _, m := range g {
			b.ReportMetric(float64(m.gas), m.name+"-gas")
		}
	}
}

type gasFigure struct {
	name string
	gas  uint64
}

func measureGas(t testing.TB) []gasFigure {
	f := newFixture(t, 0)
	var out []gasFigure
	record := func(name string, gas uint64) { out = append(out, gasFigure{name, gas}) }

	rcpt, err := f.send(keyDeployer, nil, nil, append(common.FromHex(contracts.AorakiMetaData.Bin),
		f.ab.PackConstructor(minStake, slashBps, delay, cbGas, 2, 3)...))
	if err != nil {
		t.Fatal(err)
	}
	record("deploy", rcpt.GasUsed)
	for i := 0; i < 4; i++ {
		rcpt := f.mustSend(keyNode0+i, f.addr, minStake, f.ab.PackRegisterNode())
		if i == 0 {
			record("registerNode", rcpt.GasUsed)
		}
	}
	// First task of a node: the nonce bitmap word is fresh. Later tasks reuse it.
	q := f.quote(0)
	_, rcpt, err = f.submit(q)
	if err != nil {
		t.Fatal(err)
	}
	record("submitTask-first", rcpt.GasUsed)
	q = f.quote(0)
	id, rcpt, err := f.submit(q)
	if err != nil {
		t.Fatal(err)
	}
	record("submitTask", rcpt.GasUsed)

	// fulfill with 3 attestations and 4 payouts to fresh balances (the worst case).
	r := f.newResult(id, standardPayouts(q.Node))
	r.payouts[3].Amount = new(big.Int).Sub(q.Price, new(big.Int).Mul(r.payouts[0].Amount, big.NewInt(3))) // no remainder
	rcpt, err = f.fulfill(keyNode0, r, f.sorted(r, keyNode0+1, keyNode0+2, keyNode0+3))
	if err != nil {
		t.Fatal(err)
	}
	record("fulfill-3att-4payouts-fresh", rcpt.GasUsed)
	// Again with payees that already hold a balance (the steady state).
	q = f.quote(0)
	id = f.mustSubmit(q)
	r2 := f.newResult(id, r.payouts)
	rcpt, err = f.fulfill(keyNode0, r2, f.sorted(r2, keyNode0+1, keyNode0+2, keyNode0+3))
	if err != nil {
		t.Fatal(err)
	}
	record("fulfill-3att-4payouts", rcpt.GasUsed)

	// A task naming a verifier contract and a callback: two more slots at submit,
	// the hooks' calls at fulfill (the gnark verifier itself is not included).
	verifier := f.deploy(keyDeployer, common.FromHex(testcontracts.ExactProofVerifierMetaData.Bin),
		testcontracts.NewExactProofVerifier().PackConstructor(crypto.Keccak256Hash([]byte("proof"))))
	callback := f.deploy(keyDeployer, common.FromHex(testcontracts.RecordingCallbackMetaData.Bin), nil)
	q = f.quote(0)
	q.Verifier, q.Callback = verifier, callback
	id, rcpt, err = f.submit(q)
	if err != nil {
		t.Fatal(err)
	}
	record("submitTask-with-hooks", rcpt.GasUsed)
	r3 := f.newResult(id, r.payouts)
	r3.proof = []byte("proof")
	rcpt, err = f.fulfill(keyNode0, r3, f.sorted(r3, keyNode0+1, keyNode0+2, keyNode0+3))
	if err != nil {
		t.Fatal(err)
	}
	record("fulfill-3att-4payouts-with-hooks", rcpt.GasUsed)

	q = f.quote(1)
	id = f.mustSubmit(q)
	f.advance(provingFor + 1)
	rcpt, err = f.tx(keyRequester, nil, f.ab.PackRefund(id))
	if err != nil {
		t.Fatal(err)
	}
	record("refund", rcpt.GasUsed)
	rcpt, err = f.tx(keyNode0, nil, f.ab.PackWithdraw())
	if err != nil {
		t.Fatal(err)
	}
	record("withdraw", rcpt.GasUsed)
	// The refund's slash took node 1 below the minimum, out of the verifier set: topping up re-joins it.
	rcpt = f.mustSend(keyNode0+1, f.addr, slash, f.ab.PackAddStake())
	record("addStake-rejoin", rcpt.GasUsed)

	// The receipt verifier, with real gnark receipts (testdata/receipts.json):
	// dtree/v2 seals carry two BSB22 commitments, hashchain seals none. The
	// receipts are bound to tasks of a chain whose deployer deployed Aoraki,
	// then the verifier: a chain of its own.
	fv := newFixture(t, 4)
	rv := newRV(t, fv)
	record("receiptVerifier-deploy", rv.deployGas)
	record("registerFamily-dtree", rv.registerGas[famDtree])
	record("registerFamily-hashchain", rv.registerGas[famHashchain])
	for i, name := range []string{"dtree", "hashchain"} {
		q, id := rv.open(i)
		if rv.pinGas != 0 {
			record("pinInitialState", rv.pinGas)
		}
		all, final := rv.all(i)
		n := len(all)
		gn := rv.verifyGas(id, final, rv.proof(q, all))
		record(fmt.Sprintf("verifyReceipt-%s-%dseg", name, n), gn)
		// The same receipt with the first two segments' provers swapped: the
		// same calldata and chain checks, and the check stops at the first
		// seal, whose final pairing fails (a failing pairing costs what a
		// passing one does). The difference is n-1 seal checks.
		swapped := rv.segments(i, n)
		swapped[0].Prover, swapped[1].Prover = swapped[1].Prover, swapped[0].Prover
		p := rv.proof(q, swapped)
		if v, seg := rv.check(id, final, p); v != verdictInvalidSeal || seg != 0 {
			t.Fatalf("swapped provers: verdict %d at %d", v, seg)
		}
		rcpt, err := fv.sendGas(keyRequester, &rv.addr, nil, rv.ab.PackVerifyReceipt(id, final, p), 8_000_000)
		if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("verifyReceipt transaction: %v", err)
		}
		record(fmt.Sprintf("verifyReceipt-%s-%dseg-fails-at-first-seal", name, n), rcpt.GasUsed)
		record("verifyReceipt-"+name+"-per-segment-seal", (gn-rcpt.GasUsed)/uint64(n-1))
		if i == famHashchain {
			// Its input chain is the input digest throughout: a prefix is a valid receipt (see doc.go).
			g1 := rv.verifyGas(id, rv.rf.Families[i].Segments[0].StateOut, rv.proof(q, all[:1]))
			record("verifyReceipt-"+name+"-1seg", g1)
			record("verifyReceipt-"+name+"-per-segment", (gn-g1)/uint64(n-1))
		}
		// gnark's own exported verifier of the same key, on the first seal
		// (hashchain only: gnark's export refuses every two-commitment
		// seal, see gnarkVerifier).
		if g := gnarkFor(t, fv, rv, i); g.vk == nil {
			rcpt, err = fv.sendGas(keyRequester, &g.addr, nil, g.gnarkCall(id, all[0]), 5_000_000)
			if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("gnark verifyProof: %v", err)
			}
			record("gnarkExport-verifyProof-"+name, rcpt.GasUsed)
		}
		if i == famDtree {
			// fulfill naming the verifier, 3 attestations and 4 payouts to payees that hold a balance.
			warm := fv.newResult(fv.mustSubmit(fv.quote(0)), r.payouts)
			if _, err := fv.fulfill(keyNode0, warm, fv.sorted(warm, keyNode0+1, keyNode0+2, keyNode0+3)); err != nil {
				t.Fatal(err)
			}
			r4 := fv.newResult(id, r.payouts)
			r4.resultDigest, r4.proof = final, rv.proof(q, all)
			rcpt, err = fv.fulfill(keyNode0, r4, fv.sorted(r4, keyNode0+1, keyNode0+2, keyNode0+3))
			if err != nil {
				t.Fatal(err)
			}
			record(fmt.Sprintf("fulfill-3att-4payouts-dtree-receipt-%dseg", n), rcpt.GasUsed)
		}
	}
	return out
}

// TestGasTargets holds the design's gas targets (DESIGN.md §10) under Osaka rules.
func TestGasTargets(t *testing.T) {
	targets := map[string]uint64{
		"submitTask-first":            120_000,
		"submitTask":                  120_000,
		"fulfill-3att-4payouts-fresh": 200_000,
		"fulfill-3att-4payouts":       200_000,
	}
	var table bytes.Buffer
	for _, g := range measureGas(t) {
		table.WriteString(g.name + " " + big.NewInt(int64(g.gas)).String() + "\n")
		if max, ok := targets[g.name]; ok && g.gas > max {
			t.Errorf("%s uses %d gas, target %d", g.name, g.gas, max)
		}
	}
	t.Logf("gas:\n%s", table.String())
}
