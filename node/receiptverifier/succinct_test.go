package receiptverifier_test

import (
	"context"
	"errors"
	"fmt"
	"github.com/zkpool/aoraki/prover/programs"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/contracts/succinctverifier"
	"github.com/zkpool/aoraki/node/receiptverifier"
	"github.com/zkpool/aoraki/protocol/eip712"
	"github.com/zkpool/aoraki/prover/aggregate"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/program"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/tree"
)

// joinShaped has a join circuit's public shape (one public input, the
// statement digest; one commitment over no public input) and proves any
// statement it is given: it stands in for the real leaf and node joins
// (millions of constraints, an hour of setup) so that the on-chain check,
// which depends on the key's shape only, runs with real gnark proofs in
// every `make test`. TestSuccinctIrisOnChain runs the real joins.
type joinShaped struct {
	Statement frontend.Variable `gnark:",public"`
	X         frontend.Variable
}

func (c *joinShaped) Define(api frontend.API) error {
	cm, err := api.(frontend.Committer).Commit(c.X)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	api.AssertIsEqual(c.X, c.Statement)
	return nil
}

type toyJoin struct {
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
	vk  groth16.VerifyingKey
}

func newToyJoin(t *testing.T) toyJoin {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &joinShaped{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	return toyJoin{ccs, pk, vk}
}

func digestOf(v uint64) receipt.Digest {
	var e fr.Element
	e.SetUint64(v)
	return receipt.DigestOf(e)
}

// succinctEnv is env with a SuccinctVerifier deployed and the toy family
// registered with a toy leaf key, a toy node key and a toy wrap key.
type succinctEnv struct {
	*env
	sv               *receiptverifier.SuccinctClient
	leaf, node, wrap toyJoin
	family           string
}

func newSuccinctEnv(t *testing.T) *succinctEnv {
	e := newEnv(t)
	ctx := context.Background()
	sv, _, err := receiptverifier.DeploySuccinct(ctx, e.cl, e.manager(keyDeployer), e.aoraki)
	if err != nil {
		t.Fatal(err)
	}
	s := &succinctEnv{env: e, sv: sv, leaf: newToyJoin(t), node: newToyJoin(t), wrap: newToyJoin(t), family: "toy/v1"}
	if _, err := sv.Register(ctx, receiptverifier.SuccinctFamily{Name: s.family, Initial: digestOf(2), InitialInput: digestOf(4),
		LeafVK: s.leaf.vk, NodeVK: s.node.vk, WrapVK: s.wrap.vk}); err != nil {
		t.Fatal(err)
	}
	return s
}

// task opens a task naming the succinct verifier and returns its quote, id
// and what its receipt must prove.
func (s *succinctEnv) task(n int) (eip712.Quote, common.Hash, receipt.Expect) {
	q := s.quote(digestOf(1), digestOf(5))
	q.Verifier = s.sv.Address()
	id := s.submit(q)
	return q, id, receipt.Expect{Task: id, Family: s.family, ProgramID: digestOf(1), Initial: digestOf(2), Final: digestOf(3),
		InputInitial: digestOf(4), InputFinal: digestOf(5), Segments: n}
}

// aggregatorsOf is who proves the joins and the wrap of n segments.
func aggregatorsOf(n int) []aggregate.Payee {
	a := make([]aggregate.Payee, aggregate.Aggregators(n))
	for i := range a {
		a[i] = aggregate.Payee{Prover: [20]byte{0xa0, byte(i), byte(i >> 8)}, Price: big.NewInt(int64(2e12 + i))}
	}
	return a
}

func payeesOf(n int) []aggregate.Payee {
	p := make([]aggregate.Payee, n)
	for i := range p {
		p[i] = aggregate.Payee{Prover: [20]byte{0xd0, byte(i), byte(i >> 8)}, Price: big.NewInt(int64(1e12 + i))}
	}
	return p
}

// root proves the wrap of want's task over payees with the toy key key
// (the wrap key, or another to refuse), for the Solidity verifier unless
// recursion.
func (s *succinctEnv) root(t *testing.T, want receipt.Expect, payees []aggregate.Payee, key toyJoin, recursion bool) *aggregate.Receipt {
	t.Helper()
	aggs := aggregatorsOf(len(payees))
	st, err := aggregate.RootStatement(s.leaf.vk, s.node.vk, want, want.Task, payees, aggs)
	if err != nil {
		t.Fatal(err)
	}
	d, err := st.ChainDigest()
	if err != nil {
		t.Fatal(err)
	}
	a := &joinShaped{Statement: new(big.Int).SetBytes(d[:]), X: new(big.Int).SetBytes(d[:])}
	prove := aggregate.ProveRoot
	if recursion {
		prove = aggregate.Prove
	}
	seal, err := prove(key.ccs, key.pk, a)
	if err != nil {
		t.Fatal(err)
	}
	r, err := aggregate.NewReceipt(want.Task, s.family, &aggregate.Join{Kind: aggregate.KindWrap, Statement: st, Seal: seal}, payees, aggs)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (s *succinctEnv) keys() receipt.Keys {
	return keyMap{aggregate.LeafName(s.family): s.leaf.vk, aggregate.NodeName: s.node.vk, aggregate.WrapName: s.wrap.vk}
}

type keyMap map[string]groth16.VerifyingKey

func (k keyMap) VerifyingKey(f string) (groth16.VerifyingKey, error) {
	if v, ok := k[f]; ok {
		return v, nil
	}
	return nil, fmt.Errorf("no key for %s", f)
}

// TestSuccinctReceiptOnChain: a succinct receipt of 1, 2, 5 and 64
// segments verifies on chain with one proof under the wrap key, checked by
// Aoraki's fulfill; the gas of verifyReceipt is logged for each size
// (BENCHMARKS.md).
func TestSuccinctReceiptOnChain(t *testing.T) {
	s := newSuccinctEnv(t)
	ctx := context.Background()
	for _, n := range []int{1, 2, 5, 64} {
		q, id, want := s.task(n)
		r := s.root(t, want, payeesOf(n), s.wrap, false)
		if err := r.Verify(s.keys(), want); err != nil {
			t.Fatalf("%d segments, off chain: %v", n, err)
		}
		proof, err := receiptverifier.EncodeSuccinctProof(q, r)
		if err != nil {
			t.Fatal(err)
		}
		if v, err := s.sv.Check(ctx, id, common.Hash(want.Final), proof); err != nil || v != receiptverifier.SuccinctValid {
			t.Fatalf("%d segments: verdict %q (%v)", n, v, err)
		}
		addr := s.sv.Address()
		gas, err := s.cl.EstimateGas(ctx, ethereum.CallMsg{To: &addr,
			Data: succinctverifier.NewSuccinctVerifier().PackVerifyReceipt(id, common.Hash(want.Final), proof)})
		if err != nil {
			t.Fatal(err)
		}
		rcpt, err := s.fulfill(id, want.Final, proof)
		if err != nil {
			t.Fatalf("%d segments: fulfill: %v", n, err)
		}
		t.Logf("succinct receipt of %d segments: %d proof bytes, verifyReceipt %d gas (estimate, with the 21k base), fulfill %d gas",
			n, len(proof), gas, rcpt.GasUsed)
	}
}

// TestSuccinctReceiptOnChainRefuses performs the attacks on the on-chain
// check of a succinct receipt: each hostile variant of an honest 5-segment
// receipt gets its verdict
// from check, and fulfill reverts VerifierRejected and leaves the task
// open.
func TestSuccinctReceiptOnChainRefuses(t *testing.T) {
	s := newSuccinctEnv(t)
	ctx := context.Background()
	q, id, want := s.task(5)
	payees := payeesOf(5)
	honest := s.root(t, want, payees, s.wrap, false)
	fam, words, bindOut, count, err := receiptverifier.SuccinctParts(honest)
	if err != nil {
		t.Fatal(err)
	}
	enc := func(q eip712.Quote, fam common.Hash, w [12]*big.Int, bind *big.Int, n uint64) []byte {
		b, err := receiptverifier.EncodeSuccinctParts(q, fam, w, bind, n)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cloneWords := func() [12]*big.Int {
		var w [12]*big.Int
		for i := range w {
			w[i] = new(big.Int).Set(words[i])
		}
		return w
	}
	// The pay word of other payees of the same task.
	chainOf := func(p []aggregate.Payee) *big.Int {
		b, err := aggregate.PayChain(want.Task, p, aggregatorsOf(len(p)))
		if err != nil {
			t.Fatal(err)
		}
		return new(big.Int).SetBytes(b[:])
	}
	honestProof := enc(q, fam, words, bindOut, count)
	// The same task's statement proven for recursion, and under the node
	// join key.
	_, wordsRec, _, _, _ := receiptverifier.SuccinctParts(s.root(t, want, payees, s.wrap, true))
	_, wordsNode, _, _, _ := receiptverifier.SuccinctParts(s.root(t, want, payees, s.node, false))
	// A valid root of another task, by the same payees; and its binding
	// chain's end, which names the other task.
	_, id2, want2 := s.task(5)
	_, words2, bind2, _, _ := receiptverifier.SuccinctParts(s.root(t, want2, payees, s.wrap, false))
	otherQuote := q
	otherQuote.Price = new(big.Int).Add(q.Price, big.NewInt(1))

	type variant struct {
		name   string
		id     common.Hash
		result receipt.Digest
		proof  []byte
		want   receiptverifier.SuccinctVerdict
	}
	var vs []variant
	add := func(name string, proof []byte, verdict receiptverifier.SuccinctVerdict) {
		vs = append(vs, variant{name, id, want.Final, proof, verdict})
	}
	{
		w := cloneWords()
		w[0].Add(w[0], big.NewInt(1))
		add("A off the curve", enc(q, fam, w, bindOut, count), receiptverifier.SuccinctInvalidSeal)
	}
	{
		w := cloneWords()
		w[6], w[7] = words2[6], words2[7]
		add("C of another proof", enc(q, fam, w, bindOut, count), receiptverifier.SuccinctInvalidSeal)
	}
	{
		w := cloneWords()
		w[8], w[9] = words2[8], words2[9]
		add("commitment of another proof", enc(q, fam, w, bindOut, count), receiptverifier.SuccinctInvalidSeal)
	}
	{
		// The proof of knowledge alone: it is checked in the same pairing
		// call as the Groth16 equation, weighted.
		w := cloneWords()
		w[10], w[11] = words2[10], words2[11]
		add("proof of knowledge of another proof", enc(q, fam, w, bindOut, count), receiptverifier.SuccinctInvalidSeal)
	}
	// The statement names the task: another task's root is refused with
	// this task's binding chain end and with its own.
	add("another task's root", enc(q, fam, words2, bindOut, count), receiptverifier.SuccinctInvalidSeal)
	add("another task's root and binding chain", enc(q, fam, words2, bind2, count), receiptverifier.SuccinctInvalidSeal)
	add("the root proven for recursion", enc(q, fam, wordsRec, bindOut, count), receiptverifier.SuccinctInvalidSeal)
	add("the statement proven under the node join key", enc(q, fam, wordsNode, bindOut, count), receiptverifier.SuccinctInvalidSeal)
	{
		p := payeesOf(5)
		p[2].Prover[0] ^= 1
		add("a prover replaced (takes its pay)", enc(q, fam, words, chainOf(p), count), receiptverifier.SuccinctInvalidSeal)
	}
	{
		p := payeesOf(5)
		p[4].Price.Add(p[4].Price, big.NewInt(1))
		add("a price raised", enc(q, fam, words, chainOf(p), count), receiptverifier.SuccinctInvalidSeal)
	}
	{
		p := payeesOf(5)
		p[0], p[1] = p[1], p[0]
		add("payees swapped", enc(q, fam, words, chainOf(p), count), receiptverifier.SuccinctInvalidSeal)
	}
	add("a payee dropped", enc(q, fam, words, chainOf(payeesOf(4)), 4), receiptverifier.SuccinctInvalidSeal)
	add("a segment fewer, same chain", enc(q, fam, words, bindOut, 4), receiptverifier.SuccinctInvalidSeal)
	add("a payee appended", enc(q, fam, words, chainOf(append(payeesOf(5), payees[0])), 6), receiptverifier.SuccinctInvalidSeal)
	{
		// The joins' and the wrap's provers are bound as the segments' are.
		for name, f := range map[string]func(a []aggregate.Payee){
			"a join's prover replaced (takes its pay)": func(a []aggregate.Payee) { a[1].Prover[0] ^= 1 },
			"the wrap's price raised":                  func(a []aggregate.Payee) { a[len(a)-1].Price = big.NewInt(1 << 62) },
		} {
			a := aggregatorsOf(5)
			f(a)
			b, err := aggregate.PayChain(want.Task, payees, a)
			if err != nil {
				t.Fatal(err)
			}
			add(name, enc(q, fam, words, new(big.Int).SetBytes(b[:]), count), receiptverifier.SuccinctInvalidSeal)
		}
	}
	add("no segment", enc(q, fam, words, bindOut, 0), receiptverifier.SuccinctEmpty)
	add("a binding chain end that is not a field element", enc(q, fam, words, new(big.Int).Add(fr.Modulus(), bindOut), count), receiptverifier.SuccinctNotCanonical)
	add("another quote for the task id", enc(otherQuote, fam, words, bindOut, count), receiptverifier.SuccinctWrongTask)
	add("an unregistered family", enc(q, receiptverifier.FamilyID("toy/v2"), words, bindOut, count), receiptverifier.SuccinctUnknownFamily)
	add("truncated", honestProof[:len(honestProof)-1], receiptverifier.SuccinctMalformed)
	add("a word appended", append(append([]byte(nil), honestProof...), make([]byte, 32)...), receiptverifier.SuccinctMalformed)
	add("nothing", nil, receiptverifier.SuccinctMalformed)
	{
		// A count of 2^255: above MAX_SEGMENTS.
		b := append([]byte(nil), honestProof...)
		b[24*32] = 0x80
		add("a count of 2^255", b, receiptverifier.SuccinctMalformed)
	}
	vs = append(vs,
		variant{"another result", id, digestOf(6), honestProof, receiptverifier.SuccinctInvalidSeal},
		variant{"a result that is not a field element", id, receipt.Digest(common.MaxHash), honestProof, receiptverifier.SuccinctNotCanonical},
		variant{"another task id", id2, want.Final, honestProof, receiptverifier.SuccinctWrongTask},
	)
	for _, v := range vs {
		t.Run(v.name, func(t *testing.T) {
			got, err := s.sv.Check(ctx, v.id, common.Hash(v.result), v.proof)
			if err != nil || got != v.want {
				t.Fatalf("verdict %q (%v), want %q", got, err, v.want)
			}
			if v.id != id {
				return
			}
			if _, err := s.fulfill(v.id, v.result, v.proof); !contracts.IsRevert(err, "VerifierRejected") {
				t.Fatalf("fulfill: %v, want VerifierRejected", err)
			}
			if res, err := s.as(keyNode).Result(ctx, id); err != nil || res != (common.Hash{}) {
				t.Fatalf("task has result %x (%v)", res, err)
			}
		})
	}
	if v, err := s.sv.Check(ctx, id, common.Hash(want.Final), honestProof); err != nil || v != receiptverifier.SuccinctValid {
		t.Fatalf("honest: %q (%v)", v, err)
	}
	if _, err := s.fulfill(id, want.Final, honestProof); err != nil {
		t.Fatalf("honest fulfill after the refusals: %v", err)
	}

	// Two segments: the same wrap key; a leaf-key proof of the same
	// statement is refused.
	q3, id3, want3 := s.task(2)
	p2 := payeesOf(2)
	wrapped := s.root(t, want3, p2, s.wrap, false)
	leafRoot := s.root(t, want3, p2, s.leaf, false)
	for _, c := range []struct {
		r    *aggregate.Receipt
		want receiptverifier.SuccinctVerdict
	}{{leafRoot, receiptverifier.SuccinctInvalidSeal}, {wrapped, receiptverifier.SuccinctValid}} {
		proof, err := receiptverifier.EncodeSuccinctProof(q3, c.r)
		if err != nil {
			t.Fatal(err)
		}
		if v, err := s.sv.Check(ctx, id3, common.Hash(want3.Final), proof); err != nil || v != c.want {
			t.Fatalf("two segments: %q (%v), want %q", v, err, c.want)
		}
	}
}

// TestSuccinctRegistration: only the owner registers, once per family, a
// wrap key of the join shape with points on its curves, leaf and node keys
// of the join shape, and a fixed initial state.
func TestSuccinctRegistration(t *testing.T) {
	s := newSuccinctEnv(t)
	ctx := context.Background()
	f := receiptverifier.SuccinctFamily{Name: "toy/v2", Initial: digestOf(2), LeafVK: s.leaf.vk, NodeVK: s.node.vk, WrapVK: s.wrap.vk}
	other, err := receiptverifier.NewSuccinct(s.cl, s.manager(keyRequester), s.sv.Address())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Register(ctx, f); !errors.Is(err, receiptverifier.ErrReverted) {
		t.Fatalf("a stranger registers: %v", err)
	}
	if _, err := s.sv.Register(ctx, receiptverifier.SuccinctFamily{Name: s.family, Initial: digestOf(2), LeafVK: s.leaf.vk, NodeVK: s.node.vk, WrapVK: s.wrap.vk}); !errors.Is(err, receiptverifier.ErrReverted) {
		t.Fatalf("the family again: %v", err)
	}
	noInitial := f
	noInitial.Initial = receipt.Digest{}
	if _, err := s.sv.Register(ctx, noInitial); !errors.Is(err, receiptverifier.ErrInput) {
		t.Fatalf("no initial state: %v", err)
	}
	segKey := f
	if segKey.LeafVK, err = s.fix.store.VerifyingKey(s.fix.iris.expect.Family); err != nil {
		t.Fatal(err)
	}
	if _, err := s.sv.Register(ctx, segKey); !errors.Is(err, receiptverifier.ErrInput) {
		t.Fatalf("a segment key as the leaf key: %v", err)
	}
	segWrap := f
	segWrap.WrapVK = segKey.LeafVK
	if _, err := s.sv.Register(ctx, segWrap); !errors.Is(err, receiptverifier.ErrInput) {
		t.Fatalf("a segment key as the wrap key: %v", err)
	}
	// Words the Go side would never send: a G1 point off its curve, a G2
	// point off its curve.
	wrap, err := seal.SolidityJoinKey(s.wrap.vk)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		word int
		want string
	}{{0, "InvalidKey{Word:+0}"}, {24, "InvalidKey{Word:+24}"}, {6, "InvalidKey{Word:+6}"}, {26, "InvalidKey{Word:+26}"}} {
		saved := wrap[c.word]
		wrap[c.word] = bump(saved)
		_, err := s.sv.RegisterWords(ctx, "toy/v3", digestOf(9), digestOf(2), receipt.Digest{}, wrap)
		wrap[c.word] = saved
		if !errors.Is(err, receiptverifier.ErrReverted) || !strings.Contains(err.Error(), c.want) {
			t.Fatalf("word %d off its curve: %v, want %s", c.word, err, c.want)
		}
	}
	if _, err := s.sv.Register(ctx, f); err != nil {
		t.Fatal(err)
	}
}

// TestSuccinctIrisOnChain runs with ZKPOOL_AGGREGATE_FULL=1 (make
// test-aggregate): Iris in three segments of 64 samples, each proven for
// aggregation by its own prover for a task naming the succinct verifier,
// aggregated by the real join circuits (two leaf joins, one node join;
// set up once per machine) into one proof, which the contract accepts in
// fulfill; a tampered seal or payee is refused.
func TestSuccinctIrisOnChain(t *testing.T) {
	if os.Getenv("ZKPOOL_AGGREGATE_FULL") != "1" {
		t.Skip("sets up and proves the real join circuits (tens of minutes on a clean machine): set ZKPOOL_AGGREGATE_FULL=1 (make test-aggregate)")
	}
	e := newEnv(t)
	ctx := context.Background()
	st := e.fix.store
	m, err := tree.LoadModel("../../examples/iris/tree_model.msgpack")
	if err != nil {
		t.Fatal(err)
	}
	in, err := tree.LoadInputs("../../examples/iris/iris_input_data.csv", m.NumFeatures)
	if err != nil {
		t.Fatal(err)
	}
	// The segments are proven for recursion, so they state the recursion
	// hash of the model commitment; the task names the model as the
	// network does (the keccak hash), and so does the succinct receipt.
	prog, err := dtree.New(m, 64)
	if err != nil {
		t.Fatal(err)
	}
	basis, err := (programs.Bases{Store: st}).Basis(prog.Shape.Name(), dtree.ModelWords(prog.Shape))
	if err != nil {
		t.Fatal(err)
	}
	if err := prog.BindFor(basis, dtree.ForRecursion); err != nil {
		t.Fatal(err)
	}
	commitment, err := prog.ModelCommitment(basis)
	if err != nil {
		t.Fatal(err)
	}
	program := dtree.IDOf(commitment)
	sess, err := prog.Execute(in)
	if err != nil {
		t.Fatal(err)
	}
	seg, err := st.Ensure(sess.Family)
	if err != nil {
		t.Fatal(err)
	}
	sv, _, err := receiptverifier.DeploySuccinct(ctx, e.cl, e.manager(keyDeployer), e.aoraki)
	if err != nil {
		t.Fatal(err)
	}
	q := e.quote(program, sess.Expect.InputFinal)
	q.Verifier = sv.Address()
	id := e.submit(q)
	want := sess.Expect
	want.Task, want.ProgramID = id, program
	segs, _ := proveForRecursion(t, seg, sess.Segments, id)
	agg, err := (&aggregate.Aggregator{Store: st}).Aggregate(ctx, seg.VK, segs, want)
	if err != nil {
		t.Fatal(err)
	}
	leafVK, err := st.VerifyingKey(aggregate.LeafName(sess.Family.Name()))
	if err != nil {
		t.Fatal(err)
	}
	nodeVK, err := st.VerifyingKey(aggregate.NodeName)
	if err != nil {
		t.Fatal(err)
	}
	wrapVK, err := st.VerifyingKey(aggregate.WrapName)
	if err != nil {
		t.Fatal(err)
	}
	initial, _ := receiptverifier.FixedInitialState(sess.Family.Name())
	input, _ := receiptverifier.FixedInitialInput(sess.Family.Name())
	if _, err := sv.Register(ctx, receiptverifier.SuccinctFamily{Name: sess.Family.Name(), Initial: initial, InitialInput: input,
		LeafVK: leafVK, NodeVK: nodeVK, WrapVK: wrapVK}); err != nil {
		t.Fatal(err)
	}
	proof, gas, rcpt := checkOnChain(t, e, sv, q, id, want, agg.Receipt)
	t.Logf("Iris, 3 segments, one succinct proof: %d proof bytes, verifyReceipt %d gas (estimate), fulfill %d gas; joins proven in %s, setup/load %s",
		len(proof), gas, rcpt.GasUsed, agg.Proving, agg.Setup)
}

// TestSuccinctWrapOnChain runs with ZKPOOL_AGGREGATE_FULL=leaf or 1: the
// real leaf join and the real wrap (join/v2; their setups come from the
// shared store, about 20 CPU-minutes each on a machine's first run, as
// prover/aggregate's TestSuccinctLeafRoot makes them) aggregate two
// hashchain segments, proven for a task naming the succinct verifier, into
// one proof that the contract accepts in fulfill. The wrap's real key,
// with its commitment, is the one the contract checks; the node key only
// enters the key set, so a join-shaped stand-in takes its place (a tree of
// two segments has no node join). A tampered seal and the chain end of a
// raised price are refused.
func TestSuccinctWrapOnChain(t *testing.T) {
	if v := os.Getenv("ZKPOOL_AGGREGATE_FULL"); v != "1" && v != "leaf" {
		t.Skip("sets up and proves the real leaf join and wrap (tens of minutes on a clean machine): set ZKPOOL_AGGREGATE_FULL=leaf or 1")
	}
	e := newEnv(t)
	ctx := context.Background()
	st := e.fix.store
	var seed fr.Element
	seed.SetUint64(13)
	sess, err := hashchain.Execute(hashchain.Task{Seed: seed, Steps: 2}, 1)
	if err != nil {
		t.Fatal(err)
	}
	seg, err := st.Ensure(sess.Family)
	if err != nil {
		t.Fatal(err)
	}
	sv, _, err := receiptverifier.DeploySuccinct(ctx, e.cl, e.manager(keyDeployer), e.aoraki)
	if err != nil {
		t.Fatal(err)
	}
	q := e.quote(sess.Expect.ProgramID, sess.Expect.InputFinal)
	q.Verifier = sv.Address()
	id := e.submit(q)
	want := sess.Expect
	want.Task = id
	segs, payees := proveForRecursion(t, seg, sess.Segments, id)
	leafFam, err := aggregate.NewLeaf(sess.Family.Name(), seg.VK)
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := st.Ensure(leafFam)
	if err != nil {
		t.Fatal(err)
	}
	nodeVK := newToyJoin(t).vk
	keys, err := aggregate.TreeKeys(leaf.VK, nodeVK)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	aggs := []aggregate.Payee{{Prover: [20]byte{0xa1}, Price: big.NewInt(7)}, {Prover: [20]byte{0xa2}, Price: big.NewInt(8)}}
	la, lst, err := aggregate.LeafAssignment(aggregate.LeafInput{Task: id, Aggregator: aggs[0], Family: sess.Family.Name(), SegmentKey: seg.VK, Keys: keys, First: &segs[0], Second: &segs[1]})
	if err != nil {
		t.Fatal(err)
	}
	root := &aggregate.Join{Kind: aggregate.KindLeaf, Statement: lst}
	if root.Seal, err = aggregate.Prove(leaf.CCS, leaf.PK, la); err != nil {
		t.Fatal(err)
	}
	leafTime := time.Since(t0)
	st.Release(leafFam.Name())
	wrap, err := st.Ensure(aggregate.Wrap{})
	if err != nil {
		t.Fatal(err)
	}
	t0 = time.Now()
	wa, wst, err := aggregate.WrapAssignment(aggregate.WrapInput{LeafKey: leaf.VK, NodeKey: nodeVK, Root: root, Task: id, Aggregator: aggs[1]})
	if err != nil {
		t.Fatal(err)
	}
	w := &aggregate.Join{Kind: aggregate.KindWrap, Statement: wst}
	if w.Seal, err = aggregate.ProveRoot(wrap.CCS, wrap.PK, wa); err != nil {
		t.Fatal(err)
	}
	wrapTime := time.Since(t0)
	r, err := aggregate.NewReceipt(id, sess.Family.Name(), w, payees, aggs)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Verify(keyMap{aggregate.LeafName(sess.Family.Name()): leaf.VK, aggregate.NodeName: nodeVK, aggregate.WrapName: wrap.VK}, want); err != nil {
		t.Fatalf("off chain: %v", err)
	}
	// hashchain's initial state depends on the seed; this one task's is
	// registered as the family's, which the contract requires fixed.
	if _, err := sv.Register(ctx, receiptverifier.SuccinctFamily{Name: sess.Family.Name(), Initial: want.Initial,
		LeafVK: leaf.VK, NodeVK: nodeVK, WrapVK: wrap.VK}); err != nil {
		t.Fatal(err)
	}
	proof, gas, rcpt := checkOnChain(t, e, sv, q, id, want, r)
	t.Logf("two hashchain segments, real leaf join (%d constraints, %s) and wrap (%d constraints, %s): %d proof bytes, verifyReceipt %d gas (estimate), fulfill %d gas",
		leaf.Manifest.Constraints, leafTime.Round(time.Millisecond), wrap.Manifest.Constraints, wrapTime.Round(time.Millisecond), len(proof), gas, rcpt.GasUsed)
}

// checkOnChain checks a real succinct receipt r of the task id (opened by
// quote q) on chain: refused with a tampered seal and with the pay word
// of a raised price, accepted as it is, then fulfilled. It returns the
// proof bytes, verifyReceipt's gas estimate and fulfill's receipt.
func checkOnChain(t *testing.T, e *env, sv *receiptverifier.SuccinctClient, q eip712.Quote, id common.Hash, want receipt.Expect, r *aggregate.Receipt) ([]byte, uint64, *types.Receipt) {
	t.Helper()
	ctx := context.Background()
	proof, err := receiptverifier.EncodeSuccinctProof(q, r)
	if err != nil {
		t.Fatal(err)
	}
	fam, words, bindOut, count, err := receiptverifier.SuccinctParts(r)
	if err != nil {
		t.Fatal(err)
	}
	words[2] = bump(words[2])
	bad, _ := receiptverifier.EncodeSuccinctParts(q, fam, words, bindOut, count)
	words[2] = new(big.Int).Sub(words[2], big.NewInt(1))
	pays := append([]aggregate.Payee(nil), r.Payees...)
	pays[1].Price = bump(pays[1].Price)
	raised, err := aggregate.PayChain(r.Task, pays, r.Aggregators)
	if err != nil {
		t.Fatal(err)
	}
	stolen, _ := receiptverifier.EncodeSuccinctParts(q, fam, words, new(big.Int).SetBytes(raised[:]), count)
	for _, c := range []struct {
		name  string
		proof []byte
		want  receiptverifier.SuccinctVerdict
	}{{"tampered seal", bad, receiptverifier.SuccinctInvalidSeal}, {"a price raised", stolen, receiptverifier.SuccinctInvalidSeal},
		{"honest", proof, receiptverifier.SuccinctValid}} {
		if v, err := sv.Check(ctx, id, common.Hash(want.Final), c.proof); err != nil || v != c.want {
			t.Fatalf("%s: %q (%v), want %q", c.name, v, err, c.want)
		}
	}
	addr := sv.Address()
	gas, err := e.cl.EstimateGas(ctx, ethereum.CallMsg{To: &addr, Data: succinctverifier.NewSuccinctVerifier().PackVerifyReceipt(id, common.Hash(want.Final), proof)})
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := e.fulfill(id, want.Final, proof)
	if err != nil {
		t.Fatal(err)
	}
	return proof, gas, rcpt
}

// proveForRecursion proves a session's segments for aggregation, each
// bound to task id and to its fixture prover and price, and returns the
// receipts and their payees.
func proveForRecursion(t *testing.T, seg *setup.Artifacts, segments []program.Segment, id common.Hash) ([]receipt.SegmentReceipt, []aggregate.Payee) {
	t.Helper()
	var segs []receipt.SegmentReceipt
	var payees []aggregate.Payee
	for i, sg := range segments {
		r := receipt.SegmentReceipt{Claim: sg.Claim, Task: id, Prover: segmentProver(i), Price: segmentPrice(i)}
		b, err := r.Binding()
		if err != nil {
			t.Fatal(err)
		}
		if r.Seal, err = seal.Prove(seg.CCS, seg.PK, sg.Claim, b, sg.Witness, seal.ForRecursion()); err != nil {
			t.Fatal(err)
		}
		segs = append(segs, r)
		payees = append(payees, aggregate.Payee{Prover: r.Prover, Price: r.Price})
	}
	return segs, payees
}
