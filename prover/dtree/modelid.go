package dtree

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"golang.org/x/crypto/sha3"

	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/tree"
)

// ModelCommitment is the model's commitment an honest segment of p's
// family carries first (Circuit.Define), computed from the family's model
// basis: Σ v_k·G_k over the program's values v (the quantisation digest
// and the node words) and the basis points G, with gnark's mask at 0.
func (p *Program) ModelCommitment(basis []bn254.G1Affine) (bn254.G1Affine, error) {
	var d bn254.G1Affine
	v := p.tables.values(p.qdigest)
	if len(basis) != len(v) {
		return d, fmt.Errorf("%w: a model basis of %d points for family %s, which commits %d values", ErrBasis, len(basis), p.Shape.Name(), len(v))
	}
	if _, err := d.MultiExp(basis, v, ecc.MultiExpConfig{}); err != nil {
		return d, fmt.Errorf("%w: %v", ErrBasis, err)
	}
	return d, nil
}

// IDOf is the program id a seal proven for the Solidity verifier states
// when its model commitment is d: gnark's hash-to-field of a commitment
// with that target (keccak256 of the point, read mod r), the value the
// circuit's Commit returns and asserts equal to ProgramID.
func IDOf(d bn254.G1Affine) receipt.Digest {
	h := sha3.NewLegacyKeccak256()
	h.Write(constraint.SerializeCommitment(d.Marshal(), nil, (fr.Bits-1)/8+1))
	var id fr.Element
	id.SetBytes(h.Sum(nil)[:fr.Bytes])
	return receipt.DigestOf(id)
}

// Bind fixes p's program id from its family's model basis (the basis of
// the circuit's first commitment, published with the family's artifacts:
// setup.Artifacts.Basis, setup.Store.Basis). A program that is not bound
// quantises and predicts, but neither executes nor has an id.
func (p *Program) Bind(basis []bn254.G1Affine) error {
	d, err := p.ModelCommitment(basis)
	if err != nil {
		return err
	}
	p.id, p.bound = IDOf(d), true
	return nil
}

// Bound reports whether Bind has fixed p's program id.
func (p *Program) Bound() bool { return p.bound }

// ID is p's program id: the hash of its model's commitment under the
// family's basis, which names the model, its quantisation and the family.
func (p *Program) ID() (receipt.Digest, error) {
	if !p.bound {
		return receipt.Digest{}, fmt.Errorf("%w: %s", ErrUnbound, p.Shape.Name())
	}
	return p.id, nil
}

// Bases gives a family's model basis (setup.Store, task.BasisMap, or
// programs.Bases, which sets a family up when it must).
type Bases interface {
	Basis(family string, n int) ([]bn254.G1Affine, error)
}

// Open is New bound to its family's model basis from bases.
func Open(m *tree.Model, seg int, bases Bases) (*Program, error) {
	p, err := New(m, seg)
	if err != nil {
		return nil, err
	}
	b, err := bases.Basis(p.Shape.Name(), ModelWords(p.Shape))
	if err != nil {
		return nil, err
	}
	if err := p.Bind(b); err != nil {
		return nil, err
	}
	return p, nil
}
