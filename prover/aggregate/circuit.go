package aggregate

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	"github.com/consensys/gnark/std/commitments/pedersen"
	"github.com/consensys/gnark/std/hash/sha2"
	"github.com/consensys/gnark/std/math/emulated"
	"github.com/consensys/gnark/std/math/uints"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"

	"github.com/zkpool/aoraki/prover/poseidon"
	"github.com/zkpool/aoraki/prover/receipt"
)

// In-circuit types: BN254 proofs verified in a BN254 circuit, the base and
// scalar fields emulated.
type (
	scalar       = sw_bn254.ScalarField
	g1           = sw_bn254.G1Affine
	g2           = sw_bn254.G2Affine
	gt           = sw_bn254.GTEl
	verifyingKey = stdgroth16.VerifyingKey[g1, g2, gt]
	proofVar     = stdgroth16.Proof[g1, g2]
)

var two128 = new(big.Int).Lsh(big.NewInt(1), 128)

// JoinPublics is the number of public inputs of a join proof: the
// statement digest.
const JoinPublics = 1

// SegmentChild is one segment proof inside a leaf join: the six public
// inputs of its claim and binding (receipt.PublicValues), the prover and
// price its binding names (with the join's task), and the proof.
type SegmentChild struct {
	ProgramID, StateIn, StateOut, InputIn, InputOut, Binding frontend.Variable
	Prover, Price                                            frontend.Variable
	Proof                                                    proofVar
}

// LeafCircuit joins two consecutive segment proofs of one family, whose
// verifying key is a constant of the circuit (each segment family has its
// own leaf family). With Single = 1 it stands for the first child alone
// (the last segment of an odd count): the second child must still be a
// valid proof (a copy of the first) and is otherwise ignored.
//
// Each child's binding is checked to be the task's binding of the child's
// prover and price (keccak256 in the circuit, as receipt.Binding), so the
// statement can name the task: a seal made for another task cannot be
// joined into this one's tree.
type LeafCircuit struct {
	Statement frontend.Variable `gnark:",public"`

	Keys   frontend.Variable
	TaskHi frontend.Variable // the task id's high 128 bits
	TaskLo frontend.Variable // and its low 128 bits
	// Own is the binding of this join's prover and price (receipt.Binding
	// of the task, the prover and the price): the statement's Jobs.
	Own      frontend.Variable
	BindIn   frontend.Variable
	Single   frontend.Variable
	Children [2]SegmentChild

	SegmentKey verifyingKey `gnark:"-"`
}

// JoinChild is one join proof inside a node join: its statement (less
// Keys, which is the parent's), its verifying key and the proof.
type JoinChild struct {
	ProgramID, Task, StateIn, StateOut, InputIn, InputOut, BindIn, BindOut, Jobs, Count frontend.Variable

	Key   verifyingKey
	Proof proofVar
}

// NodeCircuit joins two consecutive join proofs, each under the leaf key
// or the node key: both keys are witnesses, bound by their digests to the
// statement's Keys, so the circuit can verify proofs of itself.
type NodeCircuit struct {
	Statement frontend.Variable `gnark:",public"`

	LeafKey, NodeKey frontend.Variable
	Own              frontend.Variable // the binding of this join's prover and price
	Children         [2]JoinChild
}

type gadgets struct {
	api      frontend.API
	bytes    *byteOps
	hash     *poseidon.Circuit
	scalars  *emulated.Field[scalar]
	verifier *stdgroth16.Verifier[scalar, g1, g2, gt]
}

func newGadgets(api frontend.API) (*gadgets, error) {
	h, err := poseidon.NewCircuit(api)
	if err != nil {
		return nil, err
	}
	f, err := emulated.NewField[scalar](api)
	if err != nil {
		return nil, err
	}
	v, err := stdgroth16.NewVerifier[scalar, g1, g2, gt](api)
	if err != nil {
		return nil, err
	}
	bo, err := newByteOps(api)
	if err != nil {
		return nil, err
	}
	return &gadgets{api: api, bytes: bo, hash: h, scalars: f, verifier: v}, nil
}

// public turns native values into the emulated public witness of a proof.
func (g *gadgets) public(vs ...frontend.Variable) stdgroth16.Witness[scalar] {
	w := stdgroth16.Witness[scalar]{Public: make([]emulated.Element[scalar], len(vs))}
	for i, v := range vs {
		w.Public[i] = *g.scalars.FromBits(g.api.ToBinary(v)...)
	}
	return w
}

func (g *gadgets) statement(keys, program, task, stateIn, stateOut, inputIn, inputOut, bindIn, bindOut, jobs, count frontend.Variable) (frontend.Variable, error) {
	return g.hash.Hash(statementTag, []frontend.Variable{keys, program, task, stateIn, stateOut, inputIn, inputOut, bindIn, bindOut, jobs, count})
}

// chainStatement is Statement.ChainDigest in the circuit: SHA-256 of the
// prefix, the nine values as 32-byte big-endian words and the count as 4
// bytes, mod r (five blocks).
func (g *gadgets) chainStatement(keys, program, task, stateIn, stateOut, inputIn, inputOut, bindIn, bindOut, count frontend.Variable) (frontend.Variable, error) {
	h, err := sha2.New(g.api)
	if err != nil {
		return nil, err
	}
	for _, c := range []byte(statementPrefix) {
		h.Write([]uints.U8{uints.NewU8(c)})
	}
	for _, v := range []frontend.Variable{keys, program, task, stateIn, stateOut, inputIn, inputOut, bindIn, bindOut} {
		h.Write(g.bytes.bytesOf(g.bytes.marshal(v)))
	}
	h.Write(g.bytes.bytesOf(g.bytes.word(g.api.ToBinary(count, 32), 32)))
	return g.bytes.valueOf(h.Sum()), nil
}

// Define implements frontend.Circuit.
func (c *LeafCircuit) Define(api frontend.API) error {
	g, err := newGadgets(api)
	if err != nil {
		return err
	}
	a, b := &c.Children[0], &c.Children[1]
	bo := g.bytes
	// A key with two commitments (dtree/v2: the model's, the lookups')
	// is verified by twoCommit, which gnark's verifier is not built for.
	var two *twoCommit
	if len(c.SegmentKey.CommitmentKeys) == 2 {
		if two, err = newTwoCommit(api, g.scalars, bo); err != nil {
			return err
		}
	}
	for i := range c.Children {
		ch := &c.Children[i]
		// The seal is bound to this task (and to its prover and price).
		bind, err := bo.binding(c.TaskHi, c.TaskLo, ch.Prover, ch.Price)
		if err != nil {
			return err
		}
		api.AssertIsEqual(bind, ch.Binding)
		vals := []frontend.Variable{ch.ProgramID, ch.StateIn, ch.StateOut, ch.InputIn, ch.InputOut, ch.Binding}
		if two != nil {
			if err := two.assertProof(c.SegmentKey, ch.Proof, vals); err != nil {
				return fmt.Errorf("segment %d: %w", i, err)
			}
			continue
		}
		if err := g.verifier.AssertProof(c.SegmentKey, ch.Proof, g.public(vals...), stdgroth16.WithSubgroupCheck()); err != nil {
			return fmt.Errorf("segment %d: %w", i, err)
		}
	}
	api.AssertIsBoolean(c.Single)
	pair := api.Sub(1, c.Single)
	// Both children prove the same program (a single's copy trivially).
	api.AssertIsEqual(a.ProgramID, b.ProgramID)
	program := a.ProgramID
	if two != nil {
		// The program as the network names it (see twoCommit).
		if program, err = two.solidityHash(&a.Proof.Commitments[0].G1El); err != nil {
			return err
		}
	}
	// With two children both chains link.
	api.AssertIsEqual(api.Mul(pair, api.Sub(a.StateOut, b.StateIn)), 0)
	api.AssertIsEqual(api.Mul(pair, api.Sub(a.InputOut, b.InputIn)), 0)
	stateOut := api.Select(c.Single, a.StateOut, b.StateOut)
	inputOut := api.Select(c.Single, a.InputOut, b.InputOut)
	mid := g.hash.Compress(c.BindIn, a.Binding)
	bindOut := api.Select(c.Single, mid, g.hash.Compress(mid, b.Binding))
	count := api.Add(1, pair)
	task := api.Add(api.Mul(c.TaskHi, two128), c.TaskLo) // mod r, as TaskElement
	d, err := g.statement(c.Keys, program, task, a.StateIn, stateOut, a.InputIn, inputOut, c.BindIn, bindOut, c.Own, count)
	if err != nil {
		return err
	}
	api.AssertIsEqual(d, c.Statement)
	return nil
}

// Define implements frontend.Circuit.
func (c *NodeCircuit) Define(api frontend.API) error {
	g, err := newGadgets(api)
	if err != nil {
		return err
	}
	keys := g.hash.Compress(c.LeafKey, c.NodeKey)
	for i := range c.Children {
		if err := g.assertJoin(keys, c.LeafKey, c.NodeKey, &c.Children[i]); err != nil {
			return fmt.Errorf("join %d: %w", i, err)
		}
	}
	a, b := &c.Children[0], &c.Children[1]
	api.AssertIsEqual(a.ProgramID, b.ProgramID)
	api.AssertIsEqual(a.Task, b.Task)
	api.AssertIsEqual(a.StateOut, b.StateIn)
	api.AssertIsEqual(a.InputOut, b.InputIn)
	api.AssertIsEqual(a.BindOut, b.BindIn)
	jobs := g.hash.Compress(g.hash.Compress(a.Jobs, b.Jobs), c.Own)
	d, err := g.statement(keys, a.ProgramID, a.Task, a.StateIn, b.StateOut, a.InputIn, b.InputOut, a.BindIn, b.BindOut, jobs, api.Add(a.Count, b.Count))
	if err != nil {
		return err
	}
	api.AssertIsEqual(d, c.Statement)
	return nil
}

// assertJoin asserts that ch's proof is valid for its statement (in the
// tree of key set keys) under its key, which is the leaf key or the node
// key.
func (g *gadgets) assertJoin(keys, leafKey, nodeKey frontend.Variable, ch *JoinChild) error {
	api := g.api
	kd, err := g.hash.Hash(keyTag, keyLimbs(&ch.Key))
	if err != nil {
		return err
	}
	api.AssertIsEqual(api.Mul(api.Sub(kd, leafKey), api.Sub(kd, nodeKey)), 0)
	d, err := g.statement(keys, ch.ProgramID, ch.Task, ch.StateIn, ch.StateOut, ch.InputIn, ch.InputOut, ch.BindIn, ch.BindOut, ch.Jobs, ch.Count)
	if err != nil {
		return err
	}
	return g.verifier.AssertProof(ch.Key, ch.Proof, g.public(d), stdgroth16.WithSubgroupCheck())
}

// WrapCircuit re-states the root join of a task's tree for Ethereum: it
// verifies the root (under the leaf key or the node key, as a node join
// verifies a child) and its one public input is the root statement's
// ChainDigest (SHA-256, which the chain hashes with a precompile) instead
// of its Poseidon2 Digest (which the joins recompute cheaply in their
// circuits). It is the last job of a succinct receipt, the one proof the
// receipt carries, proven for the Solidity verifier. It checks nothing
// about the tree: a wrap of any valid join states that join's statement,
// and the verifier compares it with the task it expects.
//
// What it states for the chain in the binding chain's place is the pay
// word: Compress(Compress(root's BindOut, root's Jobs), Own), which binds
// every prover the task pays, segments, joins and the wrap's own, each to
// its price (PayWord).
type WrapCircuit struct {
	Digest frontend.Variable `gnark:",public"`

	LeafKey, NodeKey frontend.Variable
	Own              frontend.Variable // the binding of the wrap's prover and price
	Root             JoinChild
}

// Define implements frontend.Circuit.
func (c *WrapCircuit) Define(api frontend.API) error {
	g, err := newGadgets(api)
	if err != nil {
		return err
	}
	keys := g.hash.Compress(c.LeafKey, c.NodeKey)
	r := &c.Root
	if err := g.assertJoin(keys, c.LeafKey, c.NodeKey, r); err != nil {
		return fmt.Errorf("root: %w", err)
	}
	pay := g.hash.Compress(g.hash.Compress(r.BindOut, r.Jobs), c.Own)
	d, err := g.chainStatement(keys, r.ProgramID, r.Task, r.StateIn, r.StateOut, r.InputIn, r.InputOut, r.BindIn, pay, r.Count)
	if err != nil {
		return err
	}
	api.AssertIsEqual(d, c.Digest)
	return nil
}

// keyLimbs lists every limb of a key in declaration order, the order in
// which KeyDigest finds them in a witness vector.
func keyLimbs(k *verifyingKey) []frontend.Variable {
	var out []frontend.Variable
	el := func(es ...*emulated.Element[emulated.BN254Fp]) {
		for _, e := range es {
			out = append(out, e.Limbs...)
		}
	}
	e := &k.E
	el(&e.A0, &e.A1, &e.A2, &e.A3, &e.A4, &e.A5, &e.A6, &e.A7, &e.A8, &e.A9, &e.A10, &e.A11)
	for i := range k.G1.K {
		el(&k.G1.K[i].X, &k.G1.K[i].Y)
	}
	p2 := func(p *g2) { el(&p.P.X.A0, &p.P.X.A1, &p.P.Y.A0, &p.P.Y.A1) }
	p2(&k.G2.GammaNeg)
	p2(&k.G2.DeltaNeg)
	for i := range k.CommitmentKeys {
		p2(&k.CommitmentKeys[i].G)
		p2(&k.CommitmentKeys[i].GSigmaNeg)
	}
	return out
}

// joinKeyPlaceholder is the shape of every join key: one public input,
// one commitment over no public input.
func joinKeyPlaceholder() verifyingKey {
	return verifyingKey{
		G1:                           struct{ K []g1 }{K: make([]g1, 1+JoinPublics+1)},
		CommitmentKeys:               make([]pedersen.VerifyingKey[g2], 1),
		PublicAndCommitmentCommitted: [][]int{{}},
	}
}

func proofPlaceholder(commitments int) proofVar {
	return proofVar{Commitments: make([]pedersen.Commitment[g1], commitments)}
}

// checkJoinKey refuses a key that is not of the join shape.
func checkJoinKey(vk groth16.VerifyingKey) error {
	k, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return fmt.Errorf("%w: %T is not a BN254 key", ErrKey, vk)
	}
	if len(k.G1.K) != 1+JoinPublics+1 || len(k.CommitmentKeys) != 1 || len(k.PublicAndCommitmentCommitted) != 1 || len(k.PublicAndCommitmentCommitted[0]) != 0 {
		return fmt.Errorf("%w: key for %d public values and %d commitments over %v; a join key has %d and one over none",
			ErrKey, len(k.G1.K)-1-len(k.CommitmentKeys), len(k.CommitmentKeys), k.PublicAndCommitmentCommitted, JoinPublics)
	}
	return nil
}

// checkSegmentKey refuses a key that is not a program circuit's: the
// program's public inputs and at most two commitments (a dtree segment's
// model and lookups), each over no public input but the hashes of the
// commitments before it.
func checkSegmentKey(vk groth16.VerifyingKey) (int, error) {
	k, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return 0, fmt.Errorf("%w: %T is not a BN254 key", ErrKey, vk)
	}
	nc := len(k.CommitmentKeys)
	if nc > 2 || len(k.G1.K) != 1+receipt.Publics+nc || len(k.PublicAndCommitmentCommitted) != nc {
		return 0, fmt.Errorf("%w: not a program circuit's key (%d K points, %d commitments)", ErrKey, len(k.G1.K), nc)
	}
	// Two commitments' proofs of knowledge are checked folded, which
	// needs one G2 point for both (gnark-crypto's BatchVerifyMultiVk).
	if nc == 2 && !k.CommitmentKeys[0].G.Equal(&k.CommitmentKeys[1].G) {
		return 0, fmt.Errorf("%w: the two commitment keys of a program key differ in G", ErrKey)
	}
	for i, l := range k.PublicAndCommitmentCommitted {
		if len(l) > i {
			return 0, fmt.Errorf("%w: commitment %d of a program key commits to %d public values", ErrKey, i, len(l))
		}
		for _, v := range l {
			if v < receipt.Publics+1 || v > receipt.Publics+i {
				return 0, fmt.Errorf("%w: commitment %d of a program key commits to public value %d", ErrKey, i, v)
			}
		}
	}
	return nc, nil
}

func keyValue(vk groth16.VerifyingKey) (verifyingKey, error) {
	v, err := stdgroth16.ValueOfVerifyingKey[g1, g2, gt](vk)
	if err != nil {
		return v, fmt.Errorf("%w: %v", ErrKey, err)
	}
	return v, nil
}
