package aggregate

import (
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// joinShaped has a join circuit's public shape (one public input, one
// commitment over no public input) and nothing else.
type joinShaped struct {
	Statement frontend.Variable `gnark:",public"`
	X         frontend.Variable
}

func (c *joinShaped) Define(api frontend.API) error {
	cm, err := api.(frontend.Committer).Commit(c.X)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	api.AssertIsEqual(api.Mul(c.X, c.X), c.Statement)
	return nil
}

// committedSegment is a program circuit with a commitment (as dtree's):
// six public inputs, StateOut = StateIn + X.
type committedSegment struct {
	ProgramID, StateIn, StateOut, InputIn, InputOut, Binding frontend.Variable `gnark:",public"`
	X                                                        frontend.Variable
}

func (c *committedSegment) Define(api frontend.API) error {
	api.AssertIsEqual(api.Add(c.StateIn, c.X), c.StateOut)
	api.AssertIsEqual(c.InputIn, c.InputOut)
	api.AssertIsEqual(api.Mul(c.Binding, c.Binding), api.Mul(c.Binding, c.Binding))
	cm, err := api.(frontend.Committer).Commit(c.X, c.StateIn)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	return nil
}

// toySetup compiles c and runs a development setup (milliseconds for
// these circuits).
func toySetup(t testing.TB, c frontend.Circuit) (constraint.ConstraintSystem, groth16.ProvingKey, groth16.VerifyingKey) {
	t.Helper()
	ccs, err := frontend.Compile(bn254Fr, r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	return ccs, pk, vk
}
