package receipt

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"
	"golang.org/x/crypto/sha3"
)

// Limits on decoded sizes: any peer can send bytes.
const (
	MaxFamilyLen = 128
	MaxSealLen   = 4096
	MaxSegments  = 1 << 16
	// PriceBytes is the width of a price: the contract's uint96.
	PriceBytes = 12
)

// Digest is a BN254 scalar field element in canonical big-endian form.
type Digest [32]byte

// DigestOf encodes a field element.
func DigestOf(e fr.Element) Digest { return Digest(e.Bytes()) }

// Element decodes d, refusing non-canonical encodings.
func (d Digest) Element() (fr.Element, error) {
	var e fr.Element
	if err := e.SetBytesCanonical(d[:]); err != nil {
		return e, fmt.Errorf("%w: digest %s is not a field element", ErrEncoding, d)
	}
	return e, nil
}

func (d Digest) String() string { return "0x" + hex.EncodeToString(d[:]) }

// Claim is the public statement of one segment proof, without its binding.
type Claim struct {
	Family    string
	Index     uint32
	ProgramID Digest
	StateIn   Digest
	StateOut  Digest
	InputIn   Digest
	InputOut  Digest
}

// SegmentReceipt is a claim with its seal, the task it was proven for, and
// the prover who made it at the price it was awarded: the seal proves the
// binding of the last three (see Binding), so none of them can be changed.
type SegmentReceipt struct {
	Claim  Claim
	Task   [32]byte
	Prover [20]byte
	Price  *big.Int
	Seal   []byte
}

// Binding is the seal's sixth public input for a task, prover and price.
func (r *SegmentReceipt) Binding() (Digest, error) { return Binding(r.Task, r.Prover, r.Price) }

// Binding is keccak256(abi.encode(bytes32 task, address prover, uint96
// price)) reduced modulo the BN254 scalar field, exactly as the on-chain
// receipt verifier computes it.
func Binding(task [32]byte, prover [20]byte, price *big.Int) (Digest, error) {
	p, err := priceBytes(price)
	if err != nil {
		return Digest{}, err
	}
	var buf [96]byte
	copy(buf[:32], task[:])
	copy(buf[64-20:64], prover[:])
	copy(buf[96-PriceBytes:], p[:])
	h := sha3.NewLegacyKeccak256()
	h.Write(buf[:])
	var e fr.Element
	e.SetBigInt(new(big.Int).SetBytes(h.Sum(nil)))
	return DigestOf(e), nil
}

func priceBytes(price *big.Int) ([PriceBytes]byte, error) {
	var out [PriceBytes]byte
	if price == nil {
		return out, nil
	}
	if price.Sign() < 0 || price.BitLen() > 8*PriceBytes {
		return out, fmt.Errorf("%w: price %s is not a uint96", ErrEncoding, price)
	}
	price.FillBytes(out[:])
	return out, nil
}

// CompositeReceipt is every segment receipt of a task, in order.
type CompositeReceipt struct {
	Task     [32]byte
	Segments []SegmentReceipt
}

// Keys gives the verifying key of a circuit family. Implementations must
// return only keys the caller trusts (the network's artifacts).
type Keys interface {
	VerifyingKey(family string) (groth16.VerifyingKey, error)
}

// Expect is what a task's composite receipt must prove.
type Expect struct {
	// Task is the task id every segment must be bound to.
	Task      [32]byte
	Family    string
	ProgramID Digest
	Initial   Digest
	Final     Digest
	// InputInitial and InputFinal are the ends of the input chain; the
	// latter is the task's input digest.
	InputInitial Digest
	InputFinal   Digest
	// Segments is the exact number of segments, or 0 for any.
	Segments int
}

// Publics is the number of public inputs of every program circuit.
const Publics = 6

// publicInputs mirrors the public part of every program circuit: the
// declaration order is the witness order.
type publicInputs struct {
	ProgramID frontend.Variable `gnark:",public"`
	StateIn   frontend.Variable `gnark:",public"`
	StateOut  frontend.Variable `gnark:",public"`
	InputIn   frontend.Variable `gnark:",public"`
	InputOut  frontend.Variable `gnark:",public"`
	Binding   frontend.Variable `gnark:",public"`
}

func (publicInputs) Define(frontend.API) error { return nil }

// PublicValues is the public witness vector of a claim with binding b.
func PublicValues(c Claim, b Digest) ([Publics]fr.Element, error) {
	var out [Publics]fr.Element
	for i, d := range []Digest{c.ProgramID, c.StateIn, c.StateOut, c.InputIn, c.InputOut, b} {
		e, err := d.Element()
		if err != nil {
			return out, err
		}
		out[i] = e
	}
	return out, nil
}

// PublicWitness is the public witness a seal of claim with binding b is
// checked against.
func PublicWitness(c Claim, b Digest) (witness.Witness, error) {
	vals, err := PublicValues(c, b)
	if err != nil {
		return nil, err
	}
	var v [Publics]big.Int
	for i := range vals {
		vals[i].BigInt(&v[i])
	}
	return frontend.NewWitness(&publicInputs{ProgramID: &v[0], StateIn: &v[1], StateOut: &v[2], InputIn: &v[3], InputOut: &v[4], Binding: &v[5]},
		ecc.BN254.ScalarField(), frontend.PublicOnly())
}

// VerifySeal checks seal against claim with binding b under vk. The seal is
// decoded by DecodeSeal first, so hostile bytes never reach gnark.
func VerifySeal(vk groth16.VerifyingKey, c Claim, b Digest, seal []byte) error {
	proof, err := DecodeSeal(seal, vk)
	if err != nil {
		return err
	}
	return verifyDecoded(vk, c, b, proof)
}

func verifyDecoded(vk groth16.VerifyingKey, c Claim, b Digest, proof groth16.Proof) error {
	pub, err := PublicWitness(c, b)
	if err != nil {
		return err
	}
	if err := groth16.Verify(proof, vk, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("%w: segment %d (%s): %v", ErrSeal, c.Index, c.Family, err)
	}
	return nil
}

// Verify checks the receipt's seal, with its binding, with the family's
// key from keys.
func (r *SegmentReceipt) Verify(keys Keys) error {
	vk, err := keys.VerifyingKey(r.Claim.Family)
	if err != nil {
		return fmt.Errorf("%w: %q: %v", ErrUnknownFamily, r.Claim.Family, err)
	}
	b, err := r.Binding()
	if err != nil {
		return err
	}
	return VerifySeal(vk, r.Claim, b, r.Seal)
}

// Verify checks every seal, both chains and every binding against want.
func (c *CompositeReceipt) Verify(keys Keys, want Expect) error {
	n := len(c.Segments)
	if n == 0 {
		return ErrEmpty
	}
	if want.Segments > 0 && n != want.Segments {
		return fmt.Errorf("%w: %d segments, want %d", ErrMismatch, n, want.Segments)
	}
	if c.Task != want.Task {
		return fmt.Errorf("%w: receipt of task %x, want %x", ErrMismatch, c.Task, want.Task)
	}
	for i := range c.Segments {
		s := &c.Segments[i]
		cl := &s.Claim
		switch {
		case s.Task != want.Task:
			return fmt.Errorf("%w: segment %d is bound to task %x, want %x", ErrMismatch, i, s.Task, want.Task)
		case cl.Index != uint32(i):
			return fmt.Errorf("%w: segment at position %d claims index %d", ErrMismatch, i, cl.Index)
		case cl.Family != want.Family:
			return fmt.Errorf("%w: segment %d is family %q, want %q", ErrMismatch, i, cl.Family, want.Family)
		case cl.ProgramID != want.ProgramID:
			return fmt.Errorf("%w: segment %d proves program %s, want %s", ErrMismatch, i, cl.ProgramID, want.ProgramID)
		}
		if i == 0 && cl.StateIn != want.Initial {
			return fmt.Errorf("%w: %s, want %s", ErrInitialState, cl.StateIn, want.Initial)
		}
		if i == 0 && cl.InputIn != want.InputInitial {
			return fmt.Errorf("%w: input chain starts at %s, want %s", ErrInitialState, cl.InputIn, want.InputInitial)
		}
		if i > 0 {
			prev := &c.Segments[i-1].Claim
			if cl.StateIn != prev.StateOut {
				return fmt.Errorf("%w: segment %d starts at %s but segment %d ended at %s", ErrChain, i, cl.StateIn, i-1, prev.StateOut)
			}
			if cl.InputIn != prev.InputOut {
				return fmt.Errorf("%w: segment %d reads from input state %s but segment %d ended at %s", ErrChain, i, cl.InputIn, i-1, prev.InputOut)
			}
		}
	}
	last := &c.Segments[n-1].Claim
	if last.StateOut != want.Final {
		return fmt.Errorf("%w: last state %s, journal implies %s", ErrFinalState, last.StateOut, want.Final)
	}
	if last.InputOut != want.InputFinal {
		return fmt.Errorf("%w: %s, want %s", ErrInput, last.InputOut, want.InputFinal)
	}
	// Every seal is decoded (and its binding computed) before any pairing
	// runs: a hostile seal anywhere costs microseconds, not the pairings of
	// the honest seals before it.
	type checked struct {
		vk    groth16.VerifyingKey
		b     Digest
		proof groth16.Proof
	}
	all := make([]checked, n)
	for i := range c.Segments {
		s := &c.Segments[i]
		vk, err := keys.VerifyingKey(s.Claim.Family)
		if err != nil {
			return fmt.Errorf("%w: %q: %v", ErrUnknownFamily, s.Claim.Family, err)
		}
		b, err := s.Binding()
		if err != nil {
			return err
		}
		proof, err := DecodeSeal(s.Seal, vk)
		if err != nil {
			return fmt.Errorf("segment %d: %w", i, err)
		}
		all[i] = checked{vk, b, proof}
	}
	for i, x := range all {
		if err := verifyDecoded(x.vk, c.Segments[i].Claim, x.b, x.proof); err != nil {
			return err
		}
	}
	return nil
}

const (
	compositeMagic = "ZKRC"
	segmentMagic   = "ZKRS"
	version        = 2
)

// MarshalBinary encodes the segment receipt alone.
func (r *SegmentReceipt) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(segmentMagic)
	b.WriteByte(version)
	b.Write(r.Task[:])
	if err := r.encode(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// UnmarshalBinary decodes a segment receipt, refusing trailing bytes.
func (r *SegmentReceipt) UnmarshalBinary(data []byte) error {
	rd, err := header(data, segmentMagic, "segment receipt")
	if err != nil {
		return err
	}
	if _, err := io.ReadFull(rd, r.Task[:]); err != nil {
		return fmt.Errorf("%w: truncated task id", ErrEncoding)
	}
	if err := r.decode(rd); err != nil {
		return err
	}
	if rd.Len() != 0 {
		return fmt.Errorf("%w: %d trailing bytes", ErrEncoding, rd.Len())
	}
	return nil
}

func header(data []byte, magic, what string) (*bytes.Reader, error) {
	if len(data) < len(magic)+1 || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: not a %s (bad magic)", ErrEncoding, what)
	}
	if data[len(magic)] != version {
		return nil, fmt.Errorf("%w: %s version %d, this build reads %d", ErrEncoding, what, data[len(magic)], version)
	}
	return bytes.NewReader(data[len(magic)+1:]), nil
}

func (r *SegmentReceipt) encode(b *bytes.Buffer) error {
	if len(r.Claim.Family) == 0 || len(r.Claim.Family) > MaxFamilyLen {
		return fmt.Errorf("%w: family name of %d bytes", ErrEncoding, len(r.Claim.Family))
	}
	if len(r.Seal) > MaxSealLen {
		return fmt.Errorf("%w: seal of %d bytes", ErrEncoding, len(r.Seal))
	}
	price, err := priceBytes(r.Price)
	if err != nil {
		return err
	}
	b.Write(binary.AppendUvarint(nil, uint64(len(r.Claim.Family))))
	b.WriteString(r.Claim.Family)
	b.Write(binary.BigEndian.AppendUint32(nil, r.Claim.Index))
	for _, d := range []Digest{r.Claim.ProgramID, r.Claim.StateIn, r.Claim.StateOut, r.Claim.InputIn, r.Claim.InputOut} {
		b.Write(d[:])
	}
	b.Write(r.Prover[:])
	b.Write(price[:])
	b.Write(binary.AppendUvarint(nil, uint64(len(r.Seal))))
	b.Write(r.Seal)
	return nil
}

// readUvarint reads a minimally encoded uvarint, so that every receipt
// has exactly one encoding (its CID is then a function of its content).
func readUvarint(rd *bytes.Reader, what string) (uint64, error) {
	before := rd.Len()
	n, err := binary.ReadUvarint(rd)
	if err != nil {
		return 0, fmt.Errorf("%w: %s: %v", ErrEncoding, what, err)
	}
	if before-rd.Len() != len(binary.AppendUvarint(nil, n)) {
		return 0, fmt.Errorf("%w: %s is not minimally encoded", ErrEncoding, what)
	}
	return n, nil
}

func readLen(rd *bytes.Reader, max int, what string) (int, error) {
	n, err := readUvarint(rd, what+" length")
	if err != nil {
		return 0, err
	}
	if n > uint64(max) || n > uint64(rd.Len()) {
		return 0, fmt.Errorf("%w: %s of %d bytes (limit %d, %d left)", ErrEncoding, what, n, max, rd.Len())
	}
	return int(n), nil
}

// programSealMax is the length of the longest program seal.
const programSealMax = SealBase + MaxCommitments*g1Raw

// fixedBody is index, five digests, prover and price.
const fixedBody = 4 + 32*5 + 20 + PriceBytes

// MaxCompositeSize bounds the encoding of a composite receipt of n segments
// of program seals (at most MaxCommitments commitments each): what a
// verifier fetching a task's receipt needs to allow, and no more.
func MaxCompositeSize(n int) int64 {
	const perSegment = 2 + MaxFamilyLen + fixedBody + 2 + programSealMax
	return int64(len(compositeMagic)+1+32+binary.MaxVarintLen64) + int64(n)*perSegment
}

func (r *SegmentReceipt) decode(rd *bytes.Reader) error {
	n, err := readLen(rd, MaxFamilyLen, "family")
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("%w: empty family", ErrEncoding)
	}
	fam := make([]byte, n)
	if _, err := io.ReadFull(rd, fam); err != nil {
		return fmt.Errorf("%w: %v", ErrEncoding, err)
	}
	r.Claim.Family = string(fam)
	var fixed [fixedBody]byte
	if _, err := io.ReadFull(rd, fixed[:]); err != nil {
		return fmt.Errorf("%w: truncated claim", ErrEncoding)
	}
	r.Claim.Index = binary.BigEndian.Uint32(fixed[:4])
	off := 4
	for _, d := range []*Digest{&r.Claim.ProgramID, &r.Claim.StateIn, &r.Claim.StateOut, &r.Claim.InputIn, &r.Claim.InputOut} {
		copy(d[:], fixed[off:off+32])
		off += 32
		if _, err := d.Element(); err != nil {
			return err
		}
	}
	copy(r.Prover[:], fixed[off:off+20])
	off += 20
	r.Price = new(big.Int).SetBytes(fixed[off : off+PriceBytes])
	if n, err = readLen(rd, MaxSealLen, "seal"); err != nil {
		return err
	}
	// Every program seal has at most MaxCommitments commitments: its length
	// says how many, and its count field must agree (DecodeSeal checks the
	// rest).
	if n < SealBase || n > programSealMax || (n-SealBase)%g1Raw != 0 {
		return fmt.Errorf("%w: %w: seal of %d bytes, a program seal has %d, %d or %d", ErrEncoding, ErrSeal, n,
			SealLen(0), SealLen(1), SealLen(MaxCommitments))
	}
	r.Seal = make([]byte, n)
	if _, err := io.ReadFull(rd, r.Seal); err != nil {
		return fmt.Errorf("%w: %v", ErrEncoding, err)
	}
	if count, want := binary.BigEndian.Uint32(r.Seal[sealCountAt:]), (n-SealBase)/g1Raw; count != uint32(want) {
		return fmt.Errorf("%w: %w: seal says %d commitments in %d bytes (%d)", ErrEncoding, ErrSeal, count, n, want)
	}
	return nil
}

// MarshalBinary encodes the composite receipt. Every segment must be bound
// to the receipt's task.
func (c *CompositeReceipt) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(compositeMagic)
	b.WriteByte(version)
	b.Write(c.Task[:])
	b.Write(binary.AppendUvarint(nil, uint64(len(c.Segments))))
	for i := range c.Segments {
		if c.Segments[i].Task != c.Task {
			return nil, fmt.Errorf("%w: segment %d is bound to task %x, the receipt to %x", ErrEncoding, i, c.Segments[i].Task, c.Task)
		}
		if err := c.Segments[i].encode(&b); err != nil {
			return nil, fmt.Errorf("segment %d: %w", i, err)
		}
	}
	return b.Bytes(), nil
}

// UnmarshalBinary decodes a composite receipt.
func (c *CompositeReceipt) UnmarshalBinary(data []byte) error {
	rd, err := header(data, compositeMagic, "composite receipt")
	if err != nil {
		return err
	}
	var task [32]byte
	if _, err := io.ReadFull(rd, task[:]); err != nil {
		return fmt.Errorf("%w: truncated task id", ErrEncoding)
	}
	n, err := readUvarint(rd, "segment count")
	if err != nil {
		return err
	}
	// Each segment takes at least fixedBody+3 bytes: refuse a count the
	// bytes cannot hold before allocating for it.
	if n > MaxSegments || n > uint64(rd.Len()/(fixedBody+3)) {
		return fmt.Errorf("%w: %d segments (limit %d, %d bytes left)", ErrEncoding, n, MaxSegments, rd.Len())
	}
	segs := make([]SegmentReceipt, 0, n)
	for i := uint64(0); i < n; i++ {
		s := SegmentReceipt{Task: task}
		if err := s.decode(rd); err != nil {
			return fmt.Errorf("segment %d: %w", i, err)
		}
		segs = append(segs, s)
	}
	if rd.Len() != 0 {
		return fmt.Errorf("%w: %d trailing bytes", ErrEncoding, rd.Len())
	}
	c.Task, c.Segments = task, segs
	return nil
}
