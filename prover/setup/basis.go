package setup

import (
	"encoding/binary"
	"errors"
	"fmt"

	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
)

// ModelCommitter is a family whose circuit commits a model's values, first
// and alone, in its first BSB22 commitment (prover/dtree): its program id
// is a hash of that commitment, so whoever names a program (requester,
// node, verifier) computes the commitment from the model and the basis of
// those values in the family's setup. The setup publishes that basis as
// an artifact of its own (Manifest.Basis), 64 bytes a value: a verifier
// needs it, not the proving key it comes from. ModelValues is 0 for a
// family of the program that commits no model (dtree/v1).
type ModelCommitter interface {
	Family
	ModelValues() int
}

// MaxBasis bounds a model basis (a dtree family's 131,072 slots and its
// quantisation digest fit).
const MaxBasis = 1 << 18

// ErrBasis reports a model basis that is malformed or does not fit its
// family.
var ErrBasis = errors.New("setup: bad model basis")

// modelBasis is the basis of the n values the first commitment of pk
// commits before gnark's mask.
func modelBasis(pk groth16.ProvingKey, n int) ([]bn254.G1Affine, error) {
	k, ok := pk.(*groth16bn254.ProvingKey)
	if !ok {
		return nil, fmt.Errorf("%w: not a BN254 proving key", ErrBasis)
	}
	if len(k.CommitmentKeys) == 0 || len(k.CommitmentKeys[0].Basis) != n+1 {
		got := 0
		if len(k.CommitmentKeys) > 0 {
			got = len(k.CommitmentKeys[0].Basis)
		}
		return nil, fmt.Errorf("%w: the first commitment has %d basis points, want %d values and the mask", ErrBasis, got, n)
	}
	b := k.CommitmentKeys[0].Basis[:n]
	for i := range b {
		if b[i].IsInfinity() {
			// A wire in no constraint: the commitment would not bind it.
			return nil, fmt.Errorf("%w: value %d of the model commitment has a zero basis point (it is in no constraint, so the commitment does not bind it)", ErrBasis, i)
		}
	}
	return b, nil
}

// EncodeBasis is a model basis as stored and served: a big-endian u32
// count, then the points uncompressed (64 bytes each).
func EncodeBasis(b []bn254.G1Affine) []byte {
	out := make([]byte, 4, 4+len(b)*bn254.SizeOfG1AffineUncompressed)
	binary.BigEndian.PutUint32(out, uint32(len(b)))
	for i := range b {
		raw := b[i].RawBytes()
		out = append(out, raw[:]...)
	}
	return out
}

// DecodeBasis decodes a model basis of exactly n points: the length is
// checked before anything is allocated, and every point must be canonical,
// on the curve, in the subgroup and not the point at infinity.
func DecodeBasis(data []byte, n int) ([]bn254.G1Affine, error) {
	if n < 1 || n > MaxBasis {
		return nil, fmt.Errorf("%w: %d values", ErrBasis, n)
	}
	if len(data) < 4 {
		return nil, fmt.Errorf("%w: %d bytes", ErrBasis, len(data))
	}
	if c := binary.BigEndian.Uint32(data); c != uint32(n) {
		return nil, fmt.Errorf("%w: %d points, the family commits %d values", ErrBasis, c, n)
	}
	if want := 4 + n*bn254.SizeOfG1AffineUncompressed; len(data) != want {
		return nil, fmt.Errorf("%w: %d bytes, %d points take %d", ErrBasis, len(data), n, want)
	}
	out := make([]bn254.G1Affine, n)
	for i := range out {
		raw := data[4+i*bn254.SizeOfG1AffineUncompressed : 4+(i+1)*bn254.SizeOfG1AffineUncompressed]
		if _, err := out[i].SetBytes(raw); err != nil {
			return nil, fmt.Errorf("%w: point %d: %v", ErrBasis, i, err)
		}
		if out[i].IsInfinity() {
			return nil, fmt.Errorf("%w: point %d is the point at infinity", ErrBasis, i)
		}
	}
	return out, nil
}

// Blobs are the CIDs of every blob the manifest names.
func (m Manifest) Blobs() []string {
	out := []string{m.CCS, m.PK, m.VK}
	if m.Basis != "" {
		out = append(out, m.Basis)
	}
	return out
}

// Basis returns the model basis of family (a ModelCommitter's), from its
// loaded artifacts or from the store, where a verifier that never loads
// the proving key finds it.
func (s *Store) Basis(family string, n int) ([]bn254.G1Affine, error) {
	s.mu.Lock()
	a, ok := s.loaded[family]
	s.mu.Unlock()
	if ok && a.Basis != nil {
		if len(a.Basis) != n {
			return nil, fmt.Errorf("%w: %s has %d basis points, want %d", ErrBasis, family, len(a.Basis), n)
		}
		return a.Basis, nil
	}
	m, err := s.Manifest(family)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrUnknownFamily, family)
	}
	if m.Basis == "" || m.ModelValues != n {
		return nil, fmt.Errorf("%w: the manifest of %s names no model basis of %d values", ErrBasis, family, n)
	}
	return s.ManifestBasis(m)
}

// ManifestBasis reads the model basis m names from the store (nil when m
// names none), for a verifier that loads no proving key.
func (s *Store) ManifestBasis(m Manifest) ([]bn254.G1Affine, error) {
	if m.Basis == "" {
		return nil, nil
	}
	c, err := parseCID(m.Family, m.Basis)
	if err != nil {
		return nil, err
	}
	b, err := s.Get(c)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", m.Family, err)
	}
	out, err := DecodeBasis(b, m.ModelValues)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", m.Family, err)
	}
	return out, nil
}
