package aggregate

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/zkpool/aoraki/prover/receipt"
)

// Receipt is a succinct receipt: one proof for a whole task (the wrap of
// the root join of its tree, proven for the Solidity verifier by
// ProveRoot). It states what the composite receipt of the task would
// (family, program, both chains end to end) and who proved each segment at
// what price; its seal is the wrap, whose statement (the root's) the
// verifier rebuilds from the expected task and the payees, so the proof
// checks all of it at the cost of one Groth16 verification.
type Receipt struct {
	Task      [32]byte
	Family    string
	ProgramID receipt.Digest
	StateIn   receipt.Digest
	StateOut  receipt.Digest
	InputIn   receipt.Digest
	InputOut  receipt.Digest
	// Payees are the provers of segments 0..n-1 and their prices: their
	// bindings, folded in order, are the root statement's BindOut.
	Payees []Payee
	// Aggregators are the provers of the tree's joins, in Plan order, then
	// the wrap's, and their prices (Aggregators(n) of them): the root's
	// Jobs and the wrap's own binding (PayWord).
	Aggregators []Payee
	Seal        []byte
}

// Aggregators is how many provers a succinct receipt of n segments pays
// besides the segments': one a join of Plan(n), and the wrap's.
func Aggregators(n int) int { return 2 * ((n + 1) / 2) }

// NewReceipt makes the succinct receipt of task from the wrap of its root
// join, the payees of its segments and its aggregators, refusing a wrap
// that does not cover exactly those segments and bindings.
func NewReceipt(task [32]byte, family string, root *Join, payees, aggregators []Payee) (*Receipt, error) {
	st := &root.Statement
	n := len(payees)
	switch {
	case n == 0:
		return nil, receipt.ErrEmpty
	case int(st.Count) != n:
		return nil, fmt.Errorf("%w: the root covers %d segments, %d payees", ErrMismatch, st.Count, n)
	case root.Kind != KindWrap:
		return nil, fmt.Errorf("%w: a succinct receipt's proof is a wrap, not a %s join", ErrMismatch, root.Kind)
	case st.BindIn != (receipt.Digest{}):
		return nil, fmt.Errorf("%w: the root's binding chain starts at %s", ErrMismatch, st.BindIn)
	case st.Task != TaskElement(task):
		return nil, fmt.Errorf("%w: the root proves task %s, not %x", ErrMismatch, st.Task, task)
	}
	b, err := PayChain(task, payees, aggregators)
	if err != nil {
		return nil, err
	}
	if b != st.BindOut {
		return nil, fmt.Errorf("%w: the payees' and aggregators' bindings make %s, the wrap proves %s", ErrMismatch, b, st.BindOut)
	}
	return &Receipt{Task: task, Family: family, ProgramID: st.ProgramID, StateIn: st.StateIn, StateOut: st.StateOut,
		InputIn: st.InputIn, InputOut: st.InputOut, Payees: payees, Aggregators: aggregators, Seal: root.Seal}, nil
}

// PayChain is the pay word of a task whose segments are proven by payees
// and whose joins and wrap by aggregators (Aggregators(len(payees)) of
// them, the wrap's last): what the wrap states in BindOut's place.
func PayChain(task [32]byte, payees, aggregators []Payee) (receipt.Digest, error) {
	n := len(payees)
	if len(aggregators) != Aggregators(n) {
		return receipt.Digest{}, fmt.Errorf("%w: %d aggregators for %d segments, want %d", ErrMismatch, len(aggregators), n, Aggregators(n))
	}
	b, err := BindingChain(task, payees)
	if err != nil {
		return receipt.Digest{}, err
	}
	jobs, err := JobsDigest(task, n, aggregators[:len(aggregators)-1])
	if err != nil {
		return receipt.Digest{}, err
	}
	return PayWord(task, b, jobs, aggregators[len(aggregators)-1])
}

// Verify checks the receipt against want: the task, family, program,
// initial and final state, both ends of the input chain and the segment
// count, then the wrap under the wrap key from keys, over the root
// statement rebuilt from want, the payees and the key set of the family's
// leaf join and the node join. It costs one pairing check and a hash per
// segment.
func (r *Receipt) Verify(keys receipt.Keys, want receipt.Expect) error {
	n := len(r.Payees)
	switch {
	case n == 0:
		return receipt.ErrEmpty
	case want.Segments > 0 && n != want.Segments:
		return fmt.Errorf("%w: %d segments, want %d", ErrMismatch, n, want.Segments)
	case r.Task != want.Task:
		return fmt.Errorf("%w: receipt of task %x, want %x", ErrMismatch, r.Task, want.Task)
	case r.Family != want.Family:
		return fmt.Errorf("%w: family %q, want %q", ErrMismatch, r.Family, want.Family)
	case r.ProgramID != want.ProgramID:
		return fmt.Errorf("%w: program %s, want %s", ErrMismatch, r.ProgramID, want.ProgramID)
	case r.StateIn != want.Initial:
		return fmt.Errorf("%w: %w: %s, want %s", ErrMismatch, receipt.ErrInitialState, r.StateIn, want.Initial)
	case r.InputIn != want.InputInitial:
		return fmt.Errorf("%w: %w: input chain starts at %s, want %s", ErrMismatch, receipt.ErrInitialState, r.InputIn, want.InputInitial)
	case r.StateOut != want.Final:
		return fmt.Errorf("%w: %w: %s, journal implies %s", ErrMismatch, receipt.ErrFinalState, r.StateOut, want.Final)
	case r.InputOut != want.InputFinal:
		return fmt.Errorf("%w: %w: %s, want %s", ErrMismatch, receipt.ErrInput, r.InputOut, want.InputFinal)
	}
	leaf, err := keys.VerifyingKey(LeafName(want.Family))
	if err != nil {
		return fmt.Errorf("%w: %q: %v", receipt.ErrUnknownFamily, LeafName(want.Family), err)
	}
	node, err := keys.VerifyingKey(NodeName)
	if err != nil {
		return fmt.Errorf("%w: %q: %v", receipt.ErrUnknownFamily, NodeName, err)
	}
	wrap, err := keys.VerifyingKey(WrapName)
	if err != nil {
		return fmt.Errorf("%w: %q: %v", receipt.ErrUnknownFamily, WrapName, err)
	}
	st, err := RootStatement(leaf, node, want, r.Task, r.Payees, r.Aggregators)
	if err != nil {
		return err
	}
	return VerifyRoot(wrap, &Join{Kind: KindWrap, Statement: st, Seal: r.Seal})
}

// RootStatement is the statement the wrap of a task must prove: the
// tree's key set, want's program, the task, want's chain ends, the pay
// word of the payees and aggregators (PayChain), and the segment count.
func RootStatement(leaf, node groth16.VerifyingKey, want receipt.Expect, task [32]byte, payees, aggregators []Payee) (Statement, error) {
	var st Statement
	ks, err := TreeKeys(leaf, node)
	if err != nil {
		return st, err
	}
	b, err := PayChain(task, payees, aggregators)
	if err != nil {
		return st, err
	}
	return Statement{Keys: ks, ProgramID: want.ProgramID, Task: TaskElement(task), StateIn: want.Initial, StateOut: want.Final,
		InputIn: want.InputInitial, InputOut: want.InputFinal, BindOut: b, Count: uint32(len(payees))}, nil
}

// Encoding (integers big-endian):
//
//	succinct := "ZKSU" version(1 byte = 3) task(32) len(family)(uvarint)
//	            family count(u32) programID stateIn stateOut inputIn
//	            inputOut (32 each) count × (prover(20) price(12))
//	            Aggregators(count) × (prover(20) price(12)) seal
//
// The seal is exactly receipt.SealLen(1) bytes: its length is not encoded.
// Version 2 is the same layout over a join/v2 root (a statement naming the
// task); a version 1 receipt's root proves a statement this build does not
// hash, so it is refused at decode with its version named.
const (
	succinctMagic   = "ZKSU"
	succinctVersion = 3
	payeeLen        = 20 + receipt.PriceBytes
)

// SealLen is the length of every join seal.
var SealLen = receipt.SealLen(1)

// MaxReceiptSize bounds the encoding of a succinct receipt of n segments.
func MaxReceiptSize(n int) int64 {
	return int64(len(succinctMagic)+1+32+binary.MaxVarintLen64+receipt.MaxFamilyLen+4+5*32+SealLen) + int64(n+Aggregators(n))*payeeLen
}

// MarshalBinary encodes the receipt.
func (r *Receipt) MarshalBinary() ([]byte, error) {
	switch {
	case len(r.Family) == 0 || len(r.Family) > receipt.MaxFamilyLen:
		return nil, fmt.Errorf("%w: family name of %d bytes", ErrEncoding, len(r.Family))
	case len(r.Payees) == 0 || len(r.Payees) > receipt.MaxSegments:
		return nil, fmt.Errorf("%w: %d payees", ErrEncoding, len(r.Payees))
	case len(r.Aggregators) != Aggregators(len(r.Payees)):
		return nil, fmt.Errorf("%w: %d aggregators for %d segments", ErrEncoding, len(r.Aggregators), len(r.Payees))
	case len(r.Seal) != SealLen:
		return nil, fmt.Errorf("%w: seal of %d bytes, want %d", ErrEncoding, len(r.Seal), SealLen)
	}
	var b bytes.Buffer
	b.WriteString(succinctMagic)
	b.WriteByte(succinctVersion)
	b.Write(r.Task[:])
	b.Write(binary.AppendUvarint(nil, uint64(len(r.Family))))
	b.WriteString(r.Family)
	b.Write(binary.BigEndian.AppendUint32(nil, uint32(len(r.Payees))))
	for _, d := range []receipt.Digest{r.ProgramID, r.StateIn, r.StateOut, r.InputIn, r.InputOut} {
		b.Write(d[:])
	}
	for i, p := range append(append([]Payee(nil), r.Payees...), r.Aggregators...) {
		if p.Price == nil || p.Price.Sign() < 0 || p.Price.BitLen() > 8*receipt.PriceBytes {
			return nil, fmt.Errorf("%w: payee %d: price %v is not a uint96", ErrEncoding, i, p.Price)
		}
		b.Write(p.Prover[:])
		var price [receipt.PriceBytes]byte
		p.Price.FillBytes(price[:])
		b.Write(price[:])
	}
	b.Write(r.Seal)
	return b.Bytes(), nil
}

// UnmarshalBinary decodes a succinct receipt. The length of everything
// after the family name follows from the segment count, so the total
// length is checked exactly before anything is allocated for the payees
// or the seal; every digest must be a canonical field element.
func (r *Receipt) UnmarshalBinary(data []byte) error {
	if len(data) < len(succinctMagic)+1+32 || string(data[:len(succinctMagic)]) != succinctMagic {
		return fmt.Errorf("%w: not a succinct receipt (bad magic)", ErrEncoding)
	}
	if v := data[len(succinctMagic)]; v != succinctVersion {
		return fmt.Errorf("%w: succinct receipt version %d, this build reads %d", ErrEncoding, v, succinctVersion)
	}
	rest := data[len(succinctMagic)+1:]
	var task [32]byte
	copy(task[:], rest)
	rest = rest[32:]
	fl, k := binary.Uvarint(rest)
	if k <= 0 || k != len(binary.AppendUvarint(nil, fl)) {
		return fmt.Errorf("%w: family length is not a minimal uvarint", ErrEncoding)
	}
	rest = rest[k:]
	if fl == 0 || fl > receipt.MaxFamilyLen || fl > uint64(len(rest)) {
		return fmt.Errorf("%w: family name of %d bytes (limit %d, %d left)", ErrEncoding, fl, receipt.MaxFamilyLen, len(rest))
	}
	family := string(rest[:fl])
	rest = rest[fl:]
	if len(rest) < 4 {
		return fmt.Errorf("%w: truncated segment count", ErrEncoding)
	}
	n := uint64(binary.BigEndian.Uint32(rest))
	rest = rest[4:]
	if n == 0 || n > receipt.MaxSegments {
		return fmt.Errorf("%w: %d segments (1 to %d)", ErrEncoding, n, receipt.MaxSegments)
	}
	if want := uint64(5*32) + (n+uint64(Aggregators(int(n))))*payeeLen + uint64(SealLen); uint64(len(rest)) != want {
		return fmt.Errorf("%w: %d bytes after the header, a receipt of %d segments has exactly %d", ErrEncoding, len(rest), n, want)
	}
	out := Receipt{Task: task, Family: family}
	for _, d := range []*receipt.Digest{&out.ProgramID, &out.StateIn, &out.StateOut, &out.InputIn, &out.InputOut} {
		copy(d[:], rest)
		rest = rest[32:]
		if _, err := d.Element(); err != nil {
			return fmt.Errorf("%w: %w", ErrEncoding, err)
		}
	}
	out.Payees = make([]Payee, n)
	out.Aggregators = make([]Payee, Aggregators(int(n)))
	for _, ps := range [][]Payee{out.Payees, out.Aggregators} {
		for i := range ps {
			copy(ps[i].Prover[:], rest)
			ps[i].Price = new(big.Int).SetBytes(rest[20:payeeLen])
			rest = rest[payeeLen:]
		}
	}
	out.Seal = append([]byte(nil), rest...)
	*r = out
	return nil
}
