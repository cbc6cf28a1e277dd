package aggregate

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/frontend"

	"github.com/zkpool/aoraki/prover/poseidon"
	"github.com/zkpool/aoraki/prover/receipt"
)

var (
	statementTag = poseidon.Tag("aggregate/v3/statement")
	keyTag       = poseidon.Tag("aggregate/v1/key")
)

// Statement is what a join proof proves about the Count consecutive
// segments it covers: each was proven under the family's key and program
// ProgramID for the task Task; their state chain runs from StateIn to
// StateOut and their input chain from InputIn to InputOut, each link
// checked; and the segments' bindings, each checked in the leaf join to
// be the task's binding of the segment's prover and price
// (receipt.Binding), folded in order into the chain that starts at BindIn,
// end at BindOut. Jobs binds the joins' own provers and prices: a leaf
// join's is its own binding, a node join's Compress(Compress(left's Jobs,
// right's Jobs), its own binding) (JobsDigest). Keys names the two
// verifying keys the tree may use (KeySet of the leaf key of the family
// and the node key).
//
// Because the statement names the task and the leaf joins check each
// binding against it, a verifier that knows the task needs neither the
// payees nor the fold to check a root: BindOut is what the payees fold
// to, which is what pays them (checked off chain, where the payouts are),
// not what the proof's validity for the task depends on. So the on-chain
// check costs the same for every segment count.
type Statement struct {
	Keys      receipt.Digest
	ProgramID receipt.Digest
	// Task is the task id (the quote's EIP-712 digest) reduced mod r
	// (TaskElement).
	Task     receipt.Digest
	StateIn  receipt.Digest
	StateOut receipt.Digest
	InputIn  receipt.Digest
	InputOut receipt.Digest
	BindIn   receipt.Digest
	BindOut  receipt.Digest
	Jobs     receipt.Digest
	Count    uint32
}

// statementLen is the number of field elements a statement hashes.
const statementLen = 11

func (s *Statement) elements() ([statementLen]fr.Element, error) {
	var out [statementLen]fr.Element
	for i, d := range []receipt.Digest{s.Keys, s.ProgramID, s.Task, s.StateIn, s.StateOut, s.InputIn, s.InputOut, s.BindIn, s.BindOut, s.Jobs} {
		e, err := d.Element()
		if err != nil {
			return out, err
		}
		out[i] = e
	}
	out[10].SetUint64(uint64(s.Count))
	return out, nil
}

// TaskElement is a task id as a statement names it: its 32 bytes read
// big-endian, mod r (the on-chain verifier's uint256(taskId) % r).
func TaskElement(task [32]byte) receipt.Digest {
	var e fr.Element
	e.SetBigInt(new(big.Int).SetBytes(task[:]))
	return receipt.DigestOf(e)
}

// Digest is the statement's Poseidon2 hash: the one public input of every
// leaf and node join, which their parents recompute in the circuit (a
// permutation of 555 constraints).
func (s *Statement) Digest() (receipt.Digest, error) {
	el, err := s.elements()
	if err != nil {
		return receipt.Digest{}, err
	}
	return receipt.DigestOf(poseidon.Hash(statementTag, el[:])), nil
}

// statementPrefix opens a statement's chain digest: 19 bytes, so that
// with the nine values and the count the message is 311 bytes, the most
// that five SHA-256 blocks hold.
const statementPrefix = "zkpool/statement/v2"

// ChainDigest is the statement's hash for Ethereum: the one public input
// of the wrap (WrapCircuit), the proof a succinct receipt carries. It is
// SHA-256 of statementPrefix, the nine digests as 32-byte big-endian words
// and the count as 4 bytes, read big-endian mod r: the on-chain verifier
// computes it with the SHA-256 precompile for a few hundred gas, where a
// Poseidon2 permutation in Solidity costs 90k (BENCHMARKS.md). In a
// circuit it costs about 250k constraints, which is why only the wrap
// hashes it, once a task, and the joins use Digest.
func (s *Statement) ChainDigest() (receipt.Digest, error) {
	el, err := s.elements()
	if err != nil {
		return receipt.Digest{}, err
	}
	h := sha256.New()
	h.Write([]byte(statementPrefix))
	for i := range el[:9] { // not Jobs: a wrap's statement has none (PayWord)
		b := el[i].Bytes()
		h.Write(b[:])
	}
	h.Write(binary.BigEndian.AppendUint32(nil, s.Count))
	var e fr.Element
	e.SetBigInt(new(big.Int).SetBytes(h.Sum(nil)))
	return receipt.DigestOf(e), nil
}

// KeySet is the Keys of every statement of a tree whose leaves are joins
// under the key with digest leaf and whose inner joins are under node.
func KeySet(leaf, node receipt.Digest) (receipt.Digest, error) {
	l, err := leaf.Element()
	if err != nil {
		return receipt.Digest{}, err
	}
	n, err := node.Element()
	if err != nil {
		return receipt.Digest{}, err
	}
	return receipt.DigestOf(poseidon.Compress(l, n)), nil
}

// TreeKeys is the Keys of every statement of a tree whose leaf joins are
// under the key leaf and whose node joins are under node: KeySet of their
// digests.
func TreeKeys(leaf, node groth16.VerifyingKey) (receipt.Digest, error) {
	ld, err := KeyDigest(leaf)
	if err != nil {
		return receipt.Digest{}, err
	}
	nd, err := KeyDigest(node)
	if err != nil {
		return receipt.Digest{}, err
	}
	return KeySet(ld, nd)
}

// Fold appends a segment's binding to a binding chain: Compress(acc, b).
func Fold(acc, binding receipt.Digest) (receipt.Digest, error) {
	a, err := acc.Element()
	if err != nil {
		return receipt.Digest{}, err
	}
	b, err := binding.Element()
	if err != nil {
		return receipt.Digest{}, err
	}
	return receipt.DigestOf(poseidon.Compress(a, b)), nil
}

// Payee is who proved one segment and at what price.
type Payee struct {
	Prover [20]byte
	Price  *big.Int
}

// BindingChain folds the bindings of task's segments, proven by payees in
// order, from the zero digest: the BindOut of the task's root statement.
func BindingChain(task [32]byte, payees []Payee) (receipt.Digest, error) {
	var acc receipt.Digest
	for i, p := range payees {
		b, err := receipt.Binding(task, p.Prover, p.Price)
		if err != nil {
			return receipt.Digest{}, fmt.Errorf("segment %d: %w", i, err)
		}
		if acc, err = Fold(acc, b); err != nil {
			return receipt.Digest{}, err
		}
	}
	return acc, nil
}

// JobsDigest is the Jobs of the root statement of a tree of n segments
// whose joins, in Plan order, are proven by aggregators (one Payee each):
// a leaf join's own binding, a node join's Compress(Compress(left's,
// right's), its own binding).
func JobsDigest(task [32]byte, n int, aggregators []Payee) (receipt.Digest, error) {
	jobs, err := Plan(n)
	if err != nil {
		return receipt.Digest{}, err
	}
	if len(aggregators) != len(jobs) {
		return receipt.Digest{}, fmt.Errorf("%w: %d aggregators for a tree of %d joins", ErrMismatch, len(aggregators), len(jobs))
	}
	d := make([]receipt.Digest, len(jobs))
	for i, j := range jobs {
		own, err := receipt.Binding(task, aggregators[i].Prover, aggregators[i].Price)
		if err != nil {
			return receipt.Digest{}, fmt.Errorf("join %d: %w", i, err)
		}
		if j.Kind == KindLeaf {
			d[i] = own
			continue
		}
		lr, err := Fold(d[j.Left], d[j.Right])
		if err != nil {
			return receipt.Digest{}, err
		}
		if d[i], err = Fold(lr, own); err != nil {
			return receipt.Digest{}, err
		}
	}
	return d[len(d)-1], nil
}

// PayWord is what a wrap states in the binding chain's place: the root's
// BindOut and Jobs and the wrap's own binding, compressed (WrapCircuit).
func PayWord(task [32]byte, bindOut, jobs receipt.Digest, wrapper Payee) (receipt.Digest, error) {
	own, err := receipt.Binding(task, wrapper.Prover, wrapper.Price)
	if err != nil {
		return receipt.Digest{}, err
	}
	bj, err := Fold(bindOut, jobs)
	if err != nil {
		return receipt.Digest{}, err
	}
	return Fold(bj, own)
}

// keyHolder makes a verifying key's limbs a witness vector in the order
// the circuit hashes them (declaration order: E, K, -gamma, -delta, the
// commitment keys).
type keyHolder struct{ VK verifyingKey }

func (*keyHolder) Define(frontend.API) error { return nil }

// KeyDigest is the hash of a join verifying key as a node circuit sees it:
// every limb of its in-circuit form (e(alpha, beta), K, -gamma, -delta,
// the Pedersen keys), absorbed in order. The key must have the shape of a
// join key (one public input, one commitment over no public input).
func KeyDigest(vk groth16.VerifyingKey) (receipt.Digest, error) {
	if err := checkJoinKey(vk); err != nil {
		return receipt.Digest{}, err
	}
	k := vk.(*groth16bn254.VerifyingKey) // checkJoinKey checked the type
	digests.Lock()
	d, ok := digests.m[k]
	digests.Unlock()
	if ok {
		return d, nil
	}
	d, err := keyDigest(vk)
	if err != nil {
		return d, err
	}
	digests.Lock()
	if len(digests.m) >= maxCachedDigests {
		clear(digests.m)
	}
	digests.m[k] = d
	digests.Unlock()
	return d, nil
}

// digests remembers the digests of keys already hashed (a verifier checks
// every receipt against the same two keys, and hashing one costs about as
// much as the pairing check). Keys are never modified once loaded.
var digests = struct {
	sync.Mutex
	m map[*groth16bn254.VerifyingKey]receipt.Digest
}{m: map[*groth16bn254.VerifyingKey]receipt.Digest{}}

const maxCachedDigests = 256

func keyDigest(vk groth16.VerifyingKey) (receipt.Digest, error) {
	v, err := keyValue(vk)
	if err != nil {
		return receipt.Digest{}, err
	}
	w, err := frontend.NewWitness(&keyHolder{VK: v}, ecc.BN254.ScalarField())
	if err != nil {
		return receipt.Digest{}, fmt.Errorf("%w: %v", ErrKey, err)
	}
	vec, ok := w.Vector().(fr.Vector)
	if !ok {
		return receipt.Digest{}, fmt.Errorf("%w: witness vector %T", ErrKey, w.Vector())
	}
	return receipt.DigestOf(poseidon.Hash(keyTag, vec)), nil
}
