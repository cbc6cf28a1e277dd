// Package seal makes the seal of one segment: a Groth16 proof over BN254,
// proven for the Solidity verifier target (keccak hash-to-field for the
// commitment) so that the same bytes verify off-chain (receipt.VerifySeal)
// and on Ethereum. It is program-agnostic: given a family's artifacts and a
// segment's full witness it proves, and it reports the claim the witness
// makes so a prover can refuse work whose witness is not what was announced.
package seal

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"

	"github.com/zkpool/aoraki/prover/receipt"
)

// ErrWitness reports witness bytes that do not decode or do not fit the family.
var ErrWitness = errors.New("seal: bad witness")

// Publics decodes a full witness and returns its public values
// (ProgramID, StateIn, StateOut).
func Publics(wit []byte) (w witness.Witness, programID, stateIn, stateOut receipt.Digest, err error) {
	w, err = witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return nil, programID, stateIn, stateOut, err
	}
	if err = w.UnmarshalBinary(wit); err != nil {
		return nil, programID, stateIn, stateOut, fmt.Errorf("%w: %v", ErrWitness, err)
	}
	pub, err := w.Public()
	if err != nil {
		return nil, programID, stateIn, stateOut, fmt.Errorf("%w: %v", ErrWitness, err)
	}
	vec, ok := pub.Vector().(fr.Vector)
	if !ok || len(vec) != 3 {
		return nil, programID, stateIn, stateOut, fmt.Errorf("%w: want 3 public values", ErrWitness)
	}
	return w, receipt.DigestOf(vec[0]), receipt.DigestOf(vec[1]), receipt.DigestOf(vec[2]), nil
}

// Prove proves the segment whose full witness is wit with the family's
// constraint system and proving key, and checks that the witness makes the
// claim want (family and index are the caller's to match). It returns the
// seal. ccs must not be in use by another Prove at the same time (see
// setup.Artifacts.NewCCS).
func Prove(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, want receipt.Claim, wit []byte) ([]byte, error) {
	w, pid, in, out, err := Publics(wit)
	if err != nil {
		return nil, err
	}
	if pid != want.ProgramID || in != want.StateIn || out != want.StateOut {
		return nil, fmt.Errorf("%w: witness claims (%s, %s, %s), segment %d announced (%s, %s, %s)",
			ErrWitness, pid, in, out, want.Index, want.ProgramID, want.StateIn, want.StateOut)
	}
	if nb, nw := ccs.GetNbPublicVariables()+ccs.GetNbSecretVariables(), int(w.Vector().(fr.Vector).Len())+1; nb != nw {
		return nil, fmt.Errorf("%w: %d values for a circuit of %d", ErrWitness, nw-1, nb-1)
	}
	proof, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, fmt.Errorf("prove segment %d (%s): %w", want.Index, want.Family, err)
	}
	var b bytes.Buffer
	if _, err := proof.WriteRawTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
