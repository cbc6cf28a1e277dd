package receipt

import (
	"encoding/binary"
	"fmt"

	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
)

// Sizes of a seal: gnark's raw (uncompressed) encoding of a BN254 Groth16
// proof, Proof.WriteRawTo: Ar (G1), Bs (G2), Krs (G1), a u32 commitment
// count, that many commitments (G1), and the commitments' proof of
// knowledge (G1).
const (
	g1Raw = bn254.SizeOfG1AffineUncompressed
	g2Raw = bn254.SizeOfG2AffineUncompressed
	// SealBase is the length of a seal without commitments.
	SealBase = g1Raw + g2Raw + g1Raw + 4 + g1Raw
	// sealCountAt is the offset of the commitment count.
	sealCountAt = g1Raw + g2Raw + g1Raw
)

// MaxCommitments is the most BSB22 commitments a program seal carries
// (dtree's committed-model circuit: the model's, then the lookups').
const MaxCommitments = 2

// SealLen is the exact length of a seal with n commitments.
func SealLen(n int) int { return SealBase + n*g1Raw }

// Commitments is how many BSB22 commitments a seal under vk carries.
func Commitments(vk groth16.VerifyingKey) (int, error) {
	k, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return 0, fmt.Errorf("%w: not a BN254 verifying key", ErrSeal)
	}
	return len(k.CommitmentKeys), nil
}

// DecodeSeal decodes a seal for verification under vk: its length must be
// exactly SealLen of vk's commitment count, its count field must say that
// count, and every point must be canonically encoded, on its curve, in its
// subgroup and not the point at infinity. It allocates nothing that depends
// on the bytes beyond the commitment slice (its length is the key's), and
// never hands the bytes to gnark's decoders.
func DecodeSeal(seal []byte, vk groth16.VerifyingKey) (*groth16bn254.Proof, error) {
	nc, err := Commitments(vk)
	if err != nil {
		return nil, err
	}
	return decodeSeal(seal, nc)
}

// DecodeSealCommitments is DecodeSeal for a known commitment count (the
// on-chain encoder, which has no key at hand, uses it with the count the
// seal's length implies).
func DecodeSealCommitments(seal []byte, commitments int) (*groth16bn254.Proof, error) {
	if commitments < 0 || commitments > MaxCommitments {
		return nil, fmt.Errorf("%w: %d commitments (a program circuit has at most %d)", ErrSeal, commitments, MaxCommitments)
	}
	return decodeSeal(seal, commitments)
}

func decodeSeal(seal []byte, nc int) (*groth16bn254.Proof, error) {
	if want := SealLen(nc); len(seal) != want {
		return nil, fmt.Errorf("%w: seal of %d bytes, want exactly %d (%d commitments)", ErrSeal, len(seal), want, nc)
	}
	p := new(groth16bn254.Proof)
	off := 0
	g1 := func(dst *bn254.G1Affine, what string) error {
		b := seal[off : off+g1Raw]
		off += g1Raw
		if _, err := dst.SetBytes(b); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrSeal, what, err)
		}
		if dst.IsInfinity() {
			return fmt.Errorf("%w: %s is the point at infinity", ErrSeal, what)
		}
		if raw := dst.RawBytes(); string(raw[:]) != string(b) {
			return fmt.Errorf("%w: %s is not canonically encoded", ErrSeal, what)
		}
		return nil
	}
	if err := g1(&p.Ar, "A"); err != nil {
		return nil, err
	}
	b := seal[off : off+g2Raw]
	off += g2Raw
	if _, err := p.Bs.SetBytes(b); err != nil {
		return nil, fmt.Errorf("%w: B: %v", ErrSeal, err)
	}
	if p.Bs.IsInfinity() {
		return nil, fmt.Errorf("%w: B is the point at infinity", ErrSeal)
	}
	if raw := p.Bs.RawBytes(); string(raw[:]) != string(b) {
		return nil, fmt.Errorf("%w: B is not canonically encoded", ErrSeal)
	}
	if err := g1(&p.Krs, "C"); err != nil {
		return nil, err
	}
	if n := binary.BigEndian.Uint32(seal[off : off+4]); n != uint32(nc) {
		return nil, fmt.Errorf("%w: seal says %d commitments, the key has %d", ErrSeal, n, nc)
	}
	off += 4
	p.Commitments = make([]bn254.G1Affine, nc)
	for i := range p.Commitments {
		if err := g1(&p.Commitments[i], fmt.Sprintf("commitment %d", i)); err != nil {
			return nil, err
		}
	}
	// Without commitments gnark writes a zero proof of knowledge.
	if nc == 0 {
		for _, x := range seal[off:] {
			if x != 0 {
				return nil, fmt.Errorf("%w: proof of knowledge without a commitment", ErrSeal)
			}
		}
		return p, nil
	}
	if err := g1(&p.CommitmentPok, "commitment proof of knowledge"); err != nil {
		return nil, err
	}
	return p, nil
}
