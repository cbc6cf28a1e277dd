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
)

// Limits on decoded sizes: any peer can send bytes.
const (
	MaxFamilyLen = 128
	MaxSealLen   = 4096
	MaxSegments  = 1 << 16
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

// Claim is the public statement of one segment proof.
type Claim struct {
	Family    string
	Index     uint32
	ProgramID Digest
	StateIn   Digest
	StateOut  Digest
}

// SegmentReceipt is a claim with its seal and the prover who made it.
type SegmentReceipt struct {
	Claim  Claim
	Seal   []byte
	Prover [20]byte
}

// CompositeReceipt is every segment receipt of a task, in order.
type CompositeReceipt struct {
	Segments []SegmentReceipt
}

// Keys gives the verifying key of a circuit family. Implementations must
// return only keys the caller trusts (the network's artifacts).
type Keys interface {
	VerifyingKey(family string) (groth16.VerifyingKey, error)
}

// Expect is what a task's composite receipt must prove.
type Expect struct {
	Family    string
	ProgramID Digest
	Initial   Digest
	Final     Digest
	// Segments is the exact number of segments, or 0 for any.
	Segments int
}

// publicInputs mirrors the public part of every program circuit: the
// declaration order is the witness order.
type publicInputs struct {
	ProgramID frontend.Variable `gnark:",public"`
	StateIn   frontend.Variable `gnark:",public"`
	StateOut  frontend.Variable `gnark:",public"`
}

func (publicInputs) Define(frontend.API) error { return nil }

// PublicWitness is the public witness a seal of claim is checked against.
func PublicWitness(c Claim) (witness.Witness, error) {
	var vals [3]big.Int
	for i, d := range []Digest{c.ProgramID, c.StateIn, c.StateOut} {
		e, err := d.Element()
		if err != nil {
			return nil, err
		}
		e.BigInt(&vals[i])
	}
	return frontend.NewWitness(&publicInputs{ProgramID: &vals[0], StateIn: &vals[1], StateOut: &vals[2]},
		ecc.BN254.ScalarField(), frontend.PublicOnly())
}

// VerifySeal checks seal against claim under vk.
func VerifySeal(vk groth16.VerifyingKey, c Claim, seal []byte) error {
	if len(seal) == 0 || len(seal) > MaxSealLen {
		return fmt.Errorf("%w: seal of %d bytes", ErrSeal, len(seal))
	}
	proof := groth16.NewProof(ecc.BN254)
	if _, err := proof.ReadFrom(bytes.NewReader(seal)); err != nil {
		return fmt.Errorf("%w: %v", ErrSeal, err)
	}
	pub, err := PublicWitness(c)
	if err != nil {
		return err
	}
	if err := groth16.Verify(proof, vk, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("%w: segment %d (%s): %v", ErrSeal, c.Index, c.Family, err)
	}
	return nil
}

// Verify checks the receipt's seal with the family's key from keys.
func (r *SegmentReceipt) Verify(keys Keys) error {
	vk, err := keys.VerifyingKey(r.Claim.Family)
	if err != nil {
		return fmt.Errorf("%w: %q: %v", ErrUnknownFamily, r.Claim.Family, err)
	}
	return VerifySeal(vk, r.Claim, r.Seal)
}

// Verify checks every seal and the state chain against want.
func (c *CompositeReceipt) Verify(keys Keys, want Expect) error {
	n := len(c.Segments)
	if n == 0 {
		return ErrEmpty
	}
	if want.Segments > 0 && n != want.Segments {
		return fmt.Errorf("%w: %d segments, want %d", ErrMismatch, n, want.Segments)
	}
	for i := range c.Segments {
		cl := &c.Segments[i].Claim
		switch {
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
		if i > 0 && cl.StateIn != c.Segments[i-1].Claim.StateOut {
			return fmt.Errorf("%w: segment %d starts at %s but segment %d ended at %s",
				ErrChain, i, cl.StateIn, i-1, c.Segments[i-1].Claim.StateOut)
		}
	}
	if last := c.Segments[n-1].Claim.StateOut; last != want.Final {
		return fmt.Errorf("%w: last state %s, journal implies %s", ErrFinalState, last, want.Final)
	}
	for i := range c.Segments {
		if err := c.Segments[i].Verify(keys); err != nil {
			return err
		}
	}
	return nil
}

const magic = "ZKRC"
const version = 1

// MarshalBinary encodes the segment receipt alone.
func (r *SegmentReceipt) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	if err := r.encode(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// UnmarshalBinary decodes a segment receipt, refusing trailing bytes.
func (r *SegmentReceipt) UnmarshalBinary(data []byte) error {
	rd := bytes.NewReader(data)
	if err := r.decode(rd); err != nil {
		return err
	}
	if rd.Len() != 0 {
		return fmt.Errorf("%w: %d trailing bytes", ErrEncoding, rd.Len())
	}
	return nil
}

func (r *SegmentReceipt) encode(b *bytes.Buffer) error {
	if len(r.Claim.Family) == 0 || len(r.Claim.Family) > MaxFamilyLen {
		return fmt.Errorf("%w: family name of %d bytes", ErrEncoding, len(r.Claim.Family))
	}
	if len(r.Seal) > MaxSealLen {
		return fmt.Errorf("%w: seal of %d bytes", ErrEncoding, len(r.Seal))
	}
	b.Write(binary.AppendUvarint(nil, uint64(len(r.Claim.Family))))
	b.WriteString(r.Claim.Family)
	b.Write(binary.BigEndian.AppendUint32(nil, r.Claim.Index))
	b.Write(r.Claim.ProgramID[:])
	b.Write(r.Claim.StateIn[:])
	b.Write(r.Claim.StateOut[:])
	b.Write(r.Prover[:])
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
	var fixed [4 + 32*3 + 20]byte
	if _, err := io.ReadFull(rd, fixed[:]); err != nil {
		return fmt.Errorf("%w: truncated claim", ErrEncoding)
	}
	r.Claim.Index = binary.BigEndian.Uint32(fixed[:4])
	copy(r.Claim.ProgramID[:], fixed[4:36])
	copy(r.Claim.StateIn[:], fixed[36:68])
	copy(r.Claim.StateOut[:], fixed[68:100])
	copy(r.Prover[:], fixed[100:120])
	for _, d := range []Digest{r.Claim.ProgramID, r.Claim.StateIn, r.Claim.StateOut} {
		if _, err := d.Element(); err != nil {
			return err
		}
	}
	if n, err = readLen(rd, MaxSealLen, "seal"); err != nil {
		return err
	}
	r.Seal = make([]byte, n)
	if _, err := io.ReadFull(rd, r.Seal); err != nil {
		return fmt.Errorf("%w: %v", ErrEncoding, err)
	}
	return nil
}

// MarshalBinary encodes the composite receipt.
func (c *CompositeReceipt) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(magic)
	b.WriteByte(version)
	b.Write(binary.AppendUvarint(nil, uint64(len(c.Segments))))
	for i := range c.Segments {
		if err := c.Segments[i].encode(&b); err != nil {
			return nil, fmt.Errorf("segment %d: %w", i, err)
		}
	}
	return b.Bytes(), nil
}

// UnmarshalBinary decodes a composite receipt.
func (c *CompositeReceipt) UnmarshalBinary(data []byte) error {
	if len(data) < len(magic)+1 || string(data[:len(magic)]) != magic {
		return fmt.Errorf("%w: not a composite receipt (bad magic)", ErrEncoding)
	}
	if data[len(magic)] != version {
		return fmt.Errorf("%w: version %d, this build reads %d", ErrEncoding, data[len(magic)], version)
	}
	rd := bytes.NewReader(data[len(magic)+1:])
	n, err := readUvarint(rd, "segment count")
	if err != nil {
		return err
	}
	if n > MaxSegments {
		return fmt.Errorf("%w: %d segments (limit %d)", ErrEncoding, n, MaxSegments)
	}
	segs := make([]SegmentReceipt, 0, min(n, 1024))
	for i := uint64(0); i < n; i++ {
		var s SegmentReceipt
		if err := s.decode(rd); err != nil {
			return fmt.Errorf("segment %d: %w", i, err)
		}
		segs = append(segs, s)
	}
	if rd.Len() != 0 {
		return fmt.Errorf("%w: %d trailing bytes", ErrEncoding, rd.Len())
	}
	c.Segments = segs
	return nil
}
