package aggregate

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"

	"github.com/zkpool/aoraki/prover/receipt"
)

// Kind says which circuit proved a join.
type Kind uint8

// Join kinds: the tree's leaf and node joins, and the wrap that re-states
// the tree's root for Ethereum (WrapCircuit).
const (
	KindLeaf Kind = 1
	KindNode Kind = 2
	KindWrap Kind = 3
)

func (k Kind) String() string {
	switch k {
	case KindLeaf:
		return "leaf"
	case KindNode:
		return "node"
	case KindWrap:
		return "wrap"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Join is a proven join: the circuit that proved it, what it proves, and
// its seal (a BN254 Groth16 proof with one commitment, proven for
// recursion; a wrap's for the Solidity verifier).
type Join struct {
	Kind      Kind
	Statement Statement
	Seal      []byte
}

// Recursion options: every proof a join verifies in circuit (segment seals
// of committed families, and joins) hashes its commitment to the field as
// the in-circuit verifier does, not with keccak as the Solidity verifier
// does.
//
// A task's root join is verified by no circuit: it is proven for the
// Solidity verifier (keccak hash-to-field, ProveRoot), so that the one
// proof of a succinct receipt can be checked on Ethereum as well as off
// chain (VerifyRoot).
var (
	bn254Fr           = ecc.BN254.ScalarField()
	recursionProver   = stdgroth16.GetNativeProverOptions(bn254Fr, bn254Fr)
	recursionVerifier = stdgroth16.GetNativeVerifierOptions(bn254Fr, bn254Fr)
	chainProver       = solidity.WithProverTargetSolidityVerifier(backend.GROTH16)
	chainVerifier     = solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)
)

// VerifySegment checks a segment receipt's seal, proven for recursion
// (seal.ForRecursion), under its family's key vk, with its binding.
func VerifySegment(vk groth16.VerifyingKey, r *receipt.SegmentReceipt) error {
	b, err := r.Binding()
	if err != nil {
		return err
	}
	proof, err := receipt.DecodeSeal(r.Seal, vk)
	if err != nil {
		return fmt.Errorf("%w: segment %d: %w", ErrChild, r.Claim.Index, err)
	}
	pub, err := receipt.PublicWitness(r.Claim, b)
	if err != nil {
		return err
	}
	if err := groth16.Verify(proof, vk, pub, recursionVerifier); err != nil {
		return fmt.Errorf("%w: segment %d: %w: %v", ErrChild, r.Claim.Index, receipt.ErrSeal, err)
	}
	return nil
}

// onePublic is the public witness of a join proof.
type onePublic struct {
	Statement frontend.Variable `gnark:",public"`
}

func (*onePublic) Define(frontend.API) error { return nil }

// statementWitness is the public witness of a join of kind k proving s:
// its Digest, or a wrap's ChainDigest.
func statementWitness(k Kind, s *Statement) (witness.Witness, error) {
	digest := s.Digest
	if k == KindWrap {
		digest = s.ChainDigest
	}
	d, err := digest()
	if err != nil {
		return nil, err
	}
	return frontend.NewWitness(&onePublic{Statement: new(big.Int).SetBytes(d[:])}, bn254Fr, frontend.PublicOnly())
}

// VerifyJoin checks j's seal, proven for recursion (Prove), under vk, the
// key of j's kind.
func VerifyJoin(vk groth16.VerifyingKey, j *Join) error {
	return verifyJoin(vk, j, recursionVerifier)
}

// VerifyRoot checks the seal of a task's wrap, proven for the Solidity
// verifier (ProveRoot), under vk, the wrap key.
func VerifyRoot(vk groth16.VerifyingKey, j *Join) error {
	return verifyJoin(vk, j, chainVerifier)
}

func verifyJoin(vk groth16.VerifyingKey, j *Join, opt backend.VerifierOption) error {
	if err := checkJoinKey(vk); err != nil {
		return err
	}
	proof, err := receipt.DecodeSeal(j.Seal, vk)
	if err != nil {
		return fmt.Errorf("%w: %s join: %w", ErrProof, j.Kind, err)
	}
	pub, err := statementWitness(j.Kind, &j.Statement)
	if err != nil {
		return err
	}
	if err := groth16.Verify(proof, vk, pub, opt); err != nil {
		return fmt.Errorf("%w: %s join over %d segments: %v", ErrProof, j.Kind, j.Statement.Count, err)
	}
	return nil
}

// Prove proves a join assignment (from LeafAssignment or NodeAssignment)
// with its family's constraint system and proving key, for recursion.
func Prove(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, assignment frontend.Circuit) ([]byte, error) {
	return prove(ccs, pk, assignment, recursionProver)
}

// ProveRoot proves a task's wrap (WrapAssignment) for the Solidity
// verifier: its seal verifies with VerifyRoot and on chain, and cannot be
// a child of a join.
func ProveRoot(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, assignment frontend.Circuit) ([]byte, error) {
	return prove(ccs, pk, assignment, chainProver)
}

func prove(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, assignment frontend.Circuit, opt backend.ProverOption) ([]byte, error) {
	w, err := frontend.NewWitness(assignment, bn254Fr)
	if err != nil {
		return nil, err
	}
	proof, err := groth16.Prove(ccs, pk, w, opt)
	if err != nil {
		return nil, fmt.Errorf("prove join: %w", err)
	}
	var buf bytes.Buffer
	if _, err := proof.WriteRawTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func digestInt(d receipt.Digest) *big.Int { return new(big.Int).SetBytes(d[:]) }

// LeafInput is what a leaf join takes: two consecutive segment receipts of
// one task and family (Second nil for a single), the family's key, the
// tree's key set and where the binding chain stands before First.
type LeafInput struct {
	Task [32]byte
	// Aggregator is who proves this join, at what price.
	Aggregator    Payee
	Family        string
	SegmentKey    groth16.VerifyingKey
	Keys          receipt.Digest
	BindIn        receipt.Digest
	First, Second *receipt.SegmentReceipt
}

func segmentChild(vk groth16.VerifyingKey, r *receipt.SegmentReceipt) (SegmentChild, error) {
	var c SegmentChild
	proof, err := receipt.DecodeSeal(r.Seal, vk)
	if err != nil {
		return c, fmt.Errorf("%w: %w", ErrChild, err)
	}
	if c.Proof, err = stdgroth16.ValueOfProof[g1, g2](proof); err != nil {
		return c, err
	}
	b, err := r.Binding()
	if err != nil {
		return c, err
	}
	cl := &r.Claim
	c.ProgramID, c.StateIn, c.StateOut = digestInt(cl.ProgramID), digestInt(cl.StateIn), digestInt(cl.StateOut)
	c.InputIn, c.InputOut, c.Binding = digestInt(cl.InputIn), digestInt(cl.InputOut), digestInt(b)
	c.Prover, c.Price = new(big.Int).SetBytes(r.Prover[:]), new(big.Int)
	if r.Price != nil {
		c.Price = r.Price
	}
	return c, nil
}

// LeafAssignment checks a leaf join's children as the circuit will (so an
// honest prover refuses work that cannot be proven, with the reason) and
// returns the circuit assignment and the statement it proves.
func LeafAssignment(in LeafInput) (*LeafCircuit, Statement, error) {
	var st Statement
	if in.First == nil {
		return nil, st, fmt.Errorf("%w: a leaf join needs a first segment", ErrChild)
	}
	kids := []*receipt.SegmentReceipt{in.First}
	if in.Second != nil {
		kids = append(kids, in.Second)
	}
	for _, r := range kids {
		switch {
		case r.Task != in.Task:
			return nil, st, fmt.Errorf("%w: segment %d is bound to task %x, the join to %x", ErrChild, r.Claim.Index, r.Task, in.Task)
		case r.Claim.Family != in.Family:
			return nil, st, fmt.Errorf("%w: segment %d is family %q, the join %q", ErrChild, r.Claim.Index, r.Claim.Family, in.Family)
		case r.Claim.ProgramID != in.First.Claim.ProgramID:
			return nil, st, fmt.Errorf("%w: segment %d proves program %s, segment %d %s", ErrChild, r.Claim.Index, r.Claim.ProgramID, in.First.Claim.Index, in.First.Claim.ProgramID)
		}
		if err := VerifySegment(in.SegmentKey, r); err != nil {
			return nil, st, err
		}
	}
	a := &in.First.Claim
	if in.Second != nil {
		b := &in.Second.Claim
		switch {
		case b.Index != a.Index+1:
			return nil, st, fmt.Errorf("%w: segment %d cannot follow segment %d", ErrChild, b.Index, a.Index)
		case b.StateIn != a.StateOut:
			return nil, st, fmt.Errorf("%w: segment %d starts at %s, segment %d ended at %s", ErrChild, b.Index, b.StateIn, a.Index, a.StateOut)
		case b.InputIn != a.InputOut:
			return nil, st, fmt.Errorf("%w: segment %d reads input from %s, segment %d ended at %s", ErrChild, b.Index, b.InputIn, a.Index, a.InputOut)
		}
	}
	return leafCircuit(in)
}

// leafCircuit builds a leaf assignment without checking the children: what
// a dishonest prover would try to prove.
func leafCircuit(in LeafInput) (*LeafCircuit, Statement, error) {
	var st Statement
	kids := []*receipt.SegmentReceipt{in.First}
	if in.Second != nil {
		kids = append(kids, in.Second)
	}
	a, last := &in.First.Claim, &kids[len(kids)-1].Claim
	bind := in.BindIn
	for _, r := range kids {
		b, err := r.Binding()
		if err != nil {
			return nil, st, err
		}
		if bind, err = Fold(bind, b); err != nil {
			return nil, st, err
		}
	}
	program, err := StatementProgram(in.SegmentKey, in.First)
	if err != nil {
		return nil, st, err
	}
	own, err := receipt.Binding(in.Task, in.Aggregator.Prover, in.Aggregator.Price)
	if err != nil {
		return nil, st, err
	}
	st = Statement{Keys: in.Keys, ProgramID: program, Task: TaskElement(in.Task), StateIn: a.StateIn, StateOut: last.StateOut,
		InputIn: a.InputIn, InputOut: last.InputOut, BindIn: in.BindIn, BindOut: bind, Jobs: own, Count: uint32(len(kids))}
	d, err := st.Digest()
	if err != nil {
		return nil, st, err
	}
	c := &LeafCircuit{Statement: digestInt(d), Keys: digestInt(in.Keys), BindIn: digestInt(in.BindIn), Own: digestInt(own), Single: 0,
		TaskHi: new(big.Int).SetBytes(in.Task[:16]), TaskLo: new(big.Int).SetBytes(in.Task[16:])}
	if in.Second == nil {
		c.Single = 1
	}
	for i := range c.Children {
		r := kids[min(i, len(kids)-1)]
		if c.Children[i], err = segmentChild(in.SegmentKey, r); err != nil {
			return nil, st, err
		}
	}
	return c, st, nil
}

// NodeInput is what a node join takes: two consecutive joins of one tree
// and the two keys the tree uses.
type NodeInput struct {
	LeafKey, NodeKey groth16.VerifyingKey
	Left, Right      *Join
	// Task and Aggregator bind this join to who proves it, at what price.
	Task       [32]byte
	Aggregator Payee
}

// NodeAssignment checks a node join's children as the circuit will and
// returns the circuit assignment and the statement it proves.
func NodeAssignment(in NodeInput) (*NodeCircuit, Statement, error) {
	var st Statement
	if in.Left == nil || in.Right == nil {
		return nil, st, fmt.Errorf("%w: a node join needs two joins", ErrChild)
	}
	ld, nd, keys, err := treeKeys(in.LeafKey, in.NodeKey)
	if err != nil {
		return nil, st, err
	}
	for i, j := range []*Join{in.Left, in.Right} {
		vk, err := in.key(j.Kind)
		if err != nil {
			return nil, st, fmt.Errorf("%w: child %d: %w", ErrChild, i, err)
		}
		if j.Statement.Keys != keys {
			return nil, st, fmt.Errorf("%w: child %d belongs to the tree of keys %s, this one %s", ErrChild, i, j.Statement.Keys, keys)
		}
		if err := VerifyJoin(vk, j); err != nil {
			return nil, st, fmt.Errorf("%w: child %d: %w", ErrChild, i, err)
		}
	}
	a, b := &in.Left.Statement, &in.Right.Statement
	switch {
	case a.ProgramID != b.ProgramID:
		return nil, st, fmt.Errorf("%w: the joins prove programs %s and %s", ErrChild, a.ProgramID, b.ProgramID)
	case a.Task != b.Task:
		return nil, st, fmt.Errorf("%w: the joins are of tasks %s and %s", ErrChild, a.Task, b.Task)
	case a.Task != TaskElement(in.Task):
		return nil, st, fmt.Errorf("%w: the joins are of task %s, this join of %x", ErrChild, a.Task, in.Task)
	case a.StateOut != b.StateIn:
		return nil, st, fmt.Errorf("%w: the right join starts at %s, the left ended at %s", ErrChild, b.StateIn, a.StateOut)
	case a.InputOut != b.InputIn:
		return nil, st, fmt.Errorf("%w: the right join reads input from %s, the left ended at %s", ErrChild, b.InputIn, a.InputOut)
	case a.BindOut != b.BindIn:
		return nil, st, fmt.Errorf("%w: the right join's bindings start at %s, the left's end at %s", ErrChild, b.BindIn, a.BindOut)
	case uint64(a.Count)+uint64(b.Count) > receipt.MaxSegments:
		return nil, st, fmt.Errorf("%w: %d+%d segments", ErrChild, a.Count, b.Count)
	}
	return nodeCircuit(in, ld, nd)
}

func (in *NodeInput) key(k Kind) (groth16.VerifyingKey, error) {
	switch k {
	case KindLeaf:
		return in.LeafKey, nil
	case KindNode:
		return in.NodeKey, nil
	}
	return nil, fmt.Errorf("%w: join of kind %s", ErrKey, k)
}

// nodeCircuit builds a node assignment without checking the children.
func nodeCircuit(in NodeInput, leafDigest, nodeDigest receipt.Digest) (*NodeCircuit, Statement, error) {
	var st Statement
	keys, err := KeySet(leafDigest, nodeDigest)
	if err != nil {
		return nil, st, err
	}
	c := &NodeCircuit{LeafKey: digestInt(leafDigest), NodeKey: digestInt(nodeDigest)}
	for i, j := range []*Join{in.Left, in.Right} {
		vk, err := in.key(j.Kind)
		if err != nil {
			return nil, st, err
		}
		if c.Children[i], err = joinChild(vk, j); err != nil {
			return nil, st, fmt.Errorf("%w: child %d: %w", ErrChild, i, err)
		}
	}
	a, b := &in.Left.Statement, &in.Right.Statement
	own, err := receipt.Binding(in.Task, in.Aggregator.Prover, in.Aggregator.Price)
	if err != nil {
		return nil, st, err
	}
	lr, err := Fold(a.Jobs, b.Jobs)
	if err != nil {
		return nil, st, err
	}
	jobs, err := Fold(lr, own)
	if err != nil {
		return nil, st, err
	}
	st = Statement{Keys: keys, ProgramID: a.ProgramID, Task: a.Task, StateIn: a.StateIn, StateOut: b.StateOut,
		InputIn: a.InputIn, InputOut: b.InputOut, BindIn: a.BindIn, BindOut: b.BindOut, Jobs: jobs, Count: a.Count + b.Count}
	d, err := st.Digest()
	if err != nil {
		return nil, st, err
	}
	c.Statement, c.Own = digestInt(d), digestInt(own)
	return c, st, nil
}

// joinChild is j, proven under vk, as a child of a node join or a wrap.
func joinChild(vk groth16.VerifyingKey, j *Join) (JoinChild, error) {
	var ch JoinChild
	proof, err := receipt.DecodeSeal(j.Seal, vk)
	if err != nil {
		return ch, err
	}
	if ch.Proof, err = stdgroth16.ValueOfProof[g1, g2](proof); err != nil {
		return ch, err
	}
	if ch.Key, err = keyValue(vk); err != nil {
		return ch, err
	}
	s := &j.Statement
	ch.ProgramID, ch.Task, ch.StateIn, ch.StateOut = digestInt(s.ProgramID), digestInt(s.Task), digestInt(s.StateIn), digestInt(s.StateOut)
	ch.InputIn, ch.InputOut = digestInt(s.InputIn), digestInt(s.InputOut)
	ch.BindIn, ch.BindOut, ch.Jobs, ch.Count = digestInt(s.BindIn), digestInt(s.BindOut), digestInt(s.Jobs), s.Count
	return ch, nil
}

// treeKeys is the digests of a tree's leaf and node keys and its key set.
func treeKeys(leaf, node groth16.VerifyingKey) (ld, nd, keys receipt.Digest, err error) {
	if ld, err = KeyDigest(leaf); err != nil {
		return
	}
	if nd, err = KeyDigest(node); err != nil {
		return
	}
	keys, err = KeySet(ld, nd)
	return
}

// WrapInput is what a wrap takes: the root join of a task's tree and the
// two keys the tree uses.
type WrapInput struct {
	LeafKey, NodeKey groth16.VerifyingKey
	Root             *Join
	// Task and Aggregator bind the wrap to who proves it, at what price.
	Task       [32]byte
	Aggregator Payee
}

// WrapAssignment checks the root as the circuit will and returns the wrap
// circuit's assignment and the statement it re-states: the root's, with
// the pay word (PayWord) as its BindOut and no Jobs.
func WrapAssignment(in WrapInput) (*WrapCircuit, Statement, error) {
	var st Statement
	if in.Root == nil {
		return nil, st, fmt.Errorf("%w: a wrap needs a root join", ErrChild)
	}
	ld, nd, keys, err := treeKeys(in.LeafKey, in.NodeKey)
	if err != nil {
		return nil, st, err
	}
	n := NodeInput{LeafKey: in.LeafKey, NodeKey: in.NodeKey}
	vk, err := n.key(in.Root.Kind)
	if err != nil {
		return nil, st, fmt.Errorf("%w: root: %w", ErrChild, err)
	}
	if in.Root.Statement.Keys != keys {
		return nil, st, fmt.Errorf("%w: the root belongs to the tree of keys %s, this one %s", ErrChild, in.Root.Statement.Keys, keys)
	}
	if in.Root.Statement.Task != TaskElement(in.Task) {
		return nil, st, fmt.Errorf("%w: the root is of task %s, the wrap of %x", ErrChild, in.Root.Statement.Task, in.Task)
	}
	if err := VerifyJoin(vk, in.Root); err != nil {
		return nil, st, fmt.Errorf("%w: root: %w", ErrChild, err)
	}
	return wrapCircuit(in, ld, nd)
}

// wrapCircuit builds a wrap assignment without checking the root.
func wrapCircuit(in WrapInput, leafDigest, nodeDigest receipt.Digest) (*WrapCircuit, Statement, error) {
	st := in.Root.Statement
	n := NodeInput{LeafKey: in.LeafKey, NodeKey: in.NodeKey}
	vk, err := n.key(in.Root.Kind)
	if err != nil {
		return nil, st, err
	}
	c := &WrapCircuit{LeafKey: digestInt(leafDigest), NodeKey: digestInt(nodeDigest)}
	if c.Root, err = joinChild(vk, in.Root); err != nil {
		return nil, st, fmt.Errorf("%w: root: %w", ErrChild, err)
	}
	own, err := receipt.Binding(in.Task, in.Aggregator.Prover, in.Aggregator.Price)
	if err != nil {
		return nil, st, err
	}
	if st.BindOut, err = PayWord(in.Task, st.BindOut, st.Jobs, in.Aggregator); err != nil {
		return nil, st, err
	}
	st.Jobs = receipt.Digest{}
	c.Own = digestInt(own)
	d, err := st.ChainDigest()
	if err != nil {
		return nil, st, err
	}
	c.Digest = digestInt(d)
	return c, st, nil
}

// Encoding of a join (a join job's result; integers big-endian):
//
//	join := "ZKSJ" version(1 byte = 3) kind(1) keys programID task
//	        stateIn stateOut inputIn inputOut bindIn bindOut jobs (32 each)
//	        count(u32) seal
//
// Every field has a fixed length, so a join is exactly JoinLen bytes.
const (
	joinMagic   = "ZKSJ"
	joinVersion = 3
)

// JoinLen is the length of every encoded join.
var JoinLen = len(joinMagic) + 2 + 10*32 + 4 + SealLen

// MarshalBinary encodes the join.
func (j *Join) MarshalBinary() ([]byte, error) {
	if j.Kind != KindLeaf && j.Kind != KindNode && j.Kind != KindWrap {
		return nil, fmt.Errorf("%w: join of kind %s", ErrEncoding, j.Kind)
	}
	if len(j.Seal) != SealLen {
		return nil, fmt.Errorf("%w: seal of %d bytes, want %d", ErrEncoding, len(j.Seal), SealLen)
	}
	b := make([]byte, 0, JoinLen)
	b = append(b, joinMagic...)
	b = append(b, joinVersion, byte(j.Kind))
	s := &j.Statement
	for _, d := range []receipt.Digest{s.Keys, s.ProgramID, s.Task, s.StateIn, s.StateOut, s.InputIn, s.InputOut, s.BindIn, s.BindOut, s.Jobs} {
		b = append(b, d[:]...)
	}
	b = binary.BigEndian.AppendUint32(b, s.Count)
	return append(b, j.Seal...), nil
}

// UnmarshalBinary decodes a join of exactly JoinLen bytes.
func (j *Join) UnmarshalBinary(data []byte) error {
	if len(data) != JoinLen {
		return fmt.Errorf("%w: %d bytes, a join has exactly %d", ErrEncoding, len(data), JoinLen)
	}
	if string(data[:len(joinMagic)]) != joinMagic {
		return fmt.Errorf("%w: not a join (bad magic)", ErrEncoding)
	}
	rest := data[len(joinMagic):]
	if rest[0] != joinVersion {
		return fmt.Errorf("%w: join version %d, this build reads %d", ErrEncoding, rest[0], joinVersion)
	}
	out := Join{Kind: Kind(rest[1])}
	if out.Kind != KindLeaf && out.Kind != KindNode && out.Kind != KindWrap {
		return fmt.Errorf("%w: join of kind %s", ErrEncoding, out.Kind)
	}
	rest = rest[2:]
	s := &out.Statement
	for _, d := range []*receipt.Digest{&s.Keys, &s.ProgramID, &s.Task, &s.StateIn, &s.StateOut, &s.InputIn, &s.InputOut, &s.BindIn, &s.BindOut, &s.Jobs} {
		copy(d[:], rest)
		rest = rest[32:]
		if _, err := d.Element(); err != nil {
			return fmt.Errorf("%w: %w", ErrEncoding, err)
		}
	}
	s.Count = binary.BigEndian.Uint32(rest)
	if s.Count == 0 || s.Count > receipt.MaxSegments {
		return fmt.Errorf("%w: join over %d segments", ErrEncoding, s.Count)
	}
	out.Seal = append([]byte(nil), rest[4:]...)
	*j = out
	return nil
}
