package aggregate

import (
	"fmt"
	"math/big"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/algebra"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bw6761"
	"github.com/consensys/gnark/std/algebra/native/sw_bls12377"
	"github.com/consensys/gnark/std/math/emulated"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"
)

// toySegment has the six public inputs of every program circuit and,
// optionally, one BSB22 commitment (as dtree's circuits have).
type toySegment struct {
	ProgramID, StateIn, StateOut, InputIn, InputOut, Binding frontend.Variable `gnark:",public"`
	X                                                        frontend.Variable
	commit                                                   bool `gnark:"-"`
}

func (c *toySegment) Define(api frontend.API) error {
	api.AssertIsEqual(api.Add(c.StateIn, c.X), c.StateOut)
	api.AssertIsEqual(c.InputIn, c.InputOut)
	api.AssertIsEqual(api.Mul(c.Binding, c.ProgramID), api.Mul(c.ProgramID, c.Binding))
	if c.commit {
		cm, err := api.(frontend.Committer).Commit(c.X, c.StateIn)
		if err != nil {
			return err
		}
		api.AssertIsDifferent(cm, 0)
	}
	return nil
}

func toyAssignment() *toySegment {
	return &toySegment{ProgramID: 7, StateIn: 3, StateOut: 8, InputIn: 11, InputOut: 11, Binding: 13, X: 5}
}

// innerProof compiles and proves the toy on field inner, for a verifier
// circuit over outer.
func innerProof(tb testing.TB, curve ecc.ID, outer *big.Int, commit bool) (constraint.ConstraintSystem, groth16.VerifyingKey, witness.Witness, groth16.Proof) {
	ccs, err := frontend.Compile(curve.ScalarField(), r1cs.NewBuilder, &toySegment{commit: commit})
	if err != nil {
		tb.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		tb.Fatal(err)
	}
	a := toyAssignment()
	a.commit = commit
	w, err := frontend.NewWitness(a, curve.ScalarField())
	if err != nil {
		tb.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, w, stdgroth16.GetNativeProverOptions(outer, curve.ScalarField()))
	if err != nil {
		tb.Fatal(err)
	}
	pub, _ := w.Public()
	if err := groth16.Verify(proof, vk, pub, stdgroth16.GetNativeVerifierOptions(outer, curve.ScalarField())); err != nil {
		tb.Fatal(err)
	}
	return ccs, vk, pub, proof
}

// verifyN verifies N proofs of one inner circuit. With Fixed, the key is a
// circuit constant; otherwise it is a witness.
type verifyN[FR emulated.FieldParams, G1 algebra.G1ElementT, G2 algebra.G2ElementT, GT algebra.GtElementT] struct {
	VK       stdgroth16.VerifyingKey[G1, G2, GT]
	Proofs   []stdgroth16.Proof[G1, G2]
	Publics  []stdgroth16.Witness[FR]
	FixedVK  *stdgroth16.VerifyingKey[G1, G2, GT] `gnark:"-"`
	subgroup bool
}

func (c *verifyN[FR, G1, G2, GT]) Define(api frontend.API) error {
	v, err := stdgroth16.NewVerifier[FR, G1, G2, GT](api)
	if err != nil {
		return err
	}
	vk := c.VK
	if c.FixedVK != nil {
		vk = *c.FixedVK
	}
	var opts []stdgroth16.VerifierOption
	if c.subgroup {
		opts = append(opts, stdgroth16.WithSubgroupCheck())
	}
	for i := range c.Proofs {
		if err := v.AssertProof(vk, c.Proofs[i], c.Publics[i], opts...); err != nil {
			return err
		}
	}
	return nil
}

// peakRSS resets and reads the process's peak resident set (VmHWM).
func resetPeak() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }
func peakMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			f := strings.Fields(l)
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

type phase struct {
	name string
	secs float64
	cpu  float64
	mb   float64
}

func cpuSecs() float64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

func measure(name string, f func()) phase {
	runtime.GC()
	resetPeak()
	t, c := time.Now(), cpuSecs()
	f()
	return phase{name, time.Since(t).Seconds(), cpuSecs() - c, peakMB()}
}

// runOuter compiles (and with full, sets up, proves and verifies) an outer
// circuit over outer.
func runOuter(b *testing.B, outer ecc.ID, circuit, assignment frontend.Circuit, full bool) {
	var ccs constraint.ConstraintSystem
	var phases []phase
	phases = append(phases, measure("compile", func() {
		var err error
		if ccs, err = frontend.Compile(outer.ScalarField(), r1cs.NewBuilder, circuit); err != nil {
			b.Fatal(err)
		}
	}))
	b.ReportMetric(float64(ccs.GetNbConstraints()), "constraints")
	fmt.Fprintf(os.Stderr, "%s: %d constraints, %d public, %d commitments\n", b.Name(), ccs.GetNbConstraints(), ccs.GetNbPublicVariables()-1, len(ccs.GetCommitments().CommitmentIndexes()))
	if full {
		var pk groth16.ProvingKey
		var vk groth16.VerifyingKey
		phases = append(phases, measure("setup", func() {
			var err error
			if pk, vk, err = groth16.Setup(ccs); err != nil {
				b.Fatal(err)
			}
		}))
		w, err := frontend.NewWitness(assignment, outer.ScalarField())
		if err != nil {
			b.Fatal(err)
		}
		var proof groth16.Proof
		phases = append(phases, measure("prove", func() {
			if proof, err = groth16.Prove(ccs, pk, w); err != nil {
				b.Fatal(err)
			}
		}))
		pub, _ := w.Public()
		phases = append(phases, measure("verify", func() {
			if err := groth16.Verify(proof, vk, pub); err != nil {
				b.Fatal(err)
			}
		}))
	}
	for _, p := range phases {
		b.ReportMetric(p.secs, p.name+"-s")
		b.ReportMetric(p.cpu, p.name+"-cpu-s")
		b.ReportMetric(p.mb, p.name+"-peakMB")
		fmt.Fprintf(os.Stderr, "%s: %s %.1fs wall %.1fs cpu, peak RSS %.0f MB\n", b.Name(), p.name, p.secs, p.cpu, p.mb)
	}
}

func fullRun() bool { return os.Getenv("AGG_FULL") == "1" }

// BenchmarkPathBN254 measures a BN254 Groth16 verifier emulated in BN254:
// the inner verifier of one segment (six publics, with and without a
// commitment; key constant or witness) and of two.
func BenchmarkPathBN254(b *testing.B) {
	type FR = sw_bn254.ScalarField
	type G1 = sw_bn254.G1Affine
	type G2 = sw_bn254.G2Affine
	type GT = sw_bn254.GTEl
	for _, commit := range []bool{false, true} {
		for _, n := range []int{1, 2} {
			for _, fixed := range []bool{true, false} {
				for _, sub := range []bool{true, false} {
					b.Run(fmt.Sprintf("commit=%v/n=%d/fixedvk=%v/subgroup=%v", commit, n, fixed, sub), func(b *testing.B) {
						ccs, ivk, pub, proof := innerProof(b, ecc.BN254, ecc.BN254.ScalarField(), commit)
						circuit := &verifyN[FR, G1, G2, GT]{subgroup: sub}
						assign := &verifyN[FR, G1, G2, GT]{}
						if fixed {
							k, err := stdgroth16.ValueOfVerifyingKeyFixed[G1, G2, GT](ivk)
							if err != nil {
								b.Fatal(err)
							}
							circuit.FixedVK, assign.FixedVK = &k, &k
						} else {
							circuit.VK = stdgroth16.PlaceholderVerifyingKey[G1, G2, GT](ccs)
							k, err := stdgroth16.ValueOfVerifyingKey[G1, G2, GT](ivk)
							if err != nil {
								b.Fatal(err)
							}
							assign.VK = k
						}
						for i := 0; i < n; i++ {
							circuit.Proofs = append(circuit.Proofs, stdgroth16.PlaceholderProof[G1, G2](ccs))
							circuit.Publics = append(circuit.Publics, stdgroth16.PlaceholderWitness[FR](ccs))
							p, err := stdgroth16.ValueOfProof[G1, G2](proof)
							if err != nil {
								b.Fatal(err)
							}
							w, err := stdgroth16.ValueOfWitness[FR](pub)
							if err != nil {
								b.Fatal(err)
							}
							assign.Proofs = append(assign.Proofs, p)
							assign.Publics = append(assign.Publics, w)
						}
						runOuter(b, ecc.BN254, circuit, assign, fullRun())
					})
				}
			}
		}
	}
}

// BenchmarkPathBW6 measures BLS12-377 verifiers native in BW6-761.
func BenchmarkPathBW6(b *testing.B) {
	type FR = sw_bls12377.ScalarField
	type G1 = sw_bls12377.G1Affine
	type G2 = sw_bls12377.G2Affine
	type GT = sw_bls12377.GT
	for _, commit := range []bool{false, true} {
		for _, n := range []int{1, 2, 8} {
			for _, fixed := range []bool{true, false} {
				b.Run(fmt.Sprintf("commit=%v/n=%d/fixedvk=%v", commit, n, fixed), func(b *testing.B) {
					ccs, ivk, pub, proof := innerProof(b, ecc.BLS12_377, ecc.BW6_761.ScalarField(), commit)
					circuit := &verifyN[FR, G1, G2, GT]{subgroup: true}
					assign := &verifyN[FR, G1, G2, GT]{}
					if fixed {
						k, err := stdgroth16.ValueOfVerifyingKeyFixed[G1, G2, GT](ivk)
						if err != nil {
							b.Fatal(err)
						}
						circuit.FixedVK, assign.FixedVK = &k, &k
						// The unused witness key's native fields need values.
						assign.VK = k
					} else {
						circuit.VK = stdgroth16.PlaceholderVerifyingKey[G1, G2, GT](ccs)
						k, err := stdgroth16.ValueOfVerifyingKey[G1, G2, GT](ivk)
						if err != nil {
							b.Fatal(err)
						}
						assign.VK = k
					}
					for i := 0; i < n; i++ {
						circuit.Proofs = append(circuit.Proofs, stdgroth16.PlaceholderProof[G1, G2](ccs))
						circuit.Publics = append(circuit.Publics, stdgroth16.PlaceholderWitness[FR](ccs))
						p, _ := stdgroth16.ValueOfProof[G1, G2](proof)
						w, _ := stdgroth16.ValueOfWitness[FR](pub)
						assign.Proofs = append(assign.Proofs, p)
						assign.Publics = append(assign.Publics, w)
					}
					runOuter(b, ecc.BW6_761, circuit, assign, fullRun())
				})
			}
		}
	}
}

// toyPublics has n public inputs and one commitment: the shape of an
// aggregate proof the wrap verifies.
type toyPublics struct {
	Pub []frontend.Variable `gnark:",public"`
	X   frontend.Variable
}

func (c *toyPublics) Define(api frontend.API) error {
	s := c.X
	for _, p := range c.Pub {
		s = api.Add(s, p)
	}
	cm, err := api.(frontend.Committer).Commit(c.X, s)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	return nil
}

// BenchmarkPathWrap measures a BW6-761 Groth16 verifier emulated in BN254
// (the wrap of path A), for an aggregate with 1 or 6 public inputs.
func BenchmarkPathWrap(b *testing.B) {
	type FR = sw_bw6761.ScalarField
	type G1 = sw_bw6761.G1Affine
	type G2 = sw_bw6761.G2Affine
	type GT = sw_bw6761.GTEl
	for _, np := range []int{1, 6} {
		b.Run(fmt.Sprintf("publics=%d", np), func(b *testing.B) {
			inner := &toyPublics{Pub: make([]frontend.Variable, np)}
			ccs, err := frontend.Compile(ecc.BW6_761.ScalarField(), r1cs.NewBuilder, inner)
			if err != nil {
				b.Fatal(err)
			}
			pk, ivk, err := groth16.Setup(ccs)
			if err != nil {
				b.Fatal(err)
			}
			a := &toyPublics{Pub: make([]frontend.Variable, np), X: 3}
			for i := range a.Pub {
				a.Pub[i] = i + 1
			}
			w, err := frontend.NewWitness(a, ecc.BW6_761.ScalarField())
			if err != nil {
				b.Fatal(err)
			}
			proof, err := groth16.Prove(ccs, pk, w, stdgroth16.GetNativeProverOptions(ecc.BN254.ScalarField(), ecc.BW6_761.ScalarField()))
			if err != nil {
				b.Fatal(err)
			}
			pub, _ := w.Public()
			// gnark v0.16.2 cannot compile a constant BW6-761 key in BN254
			// (index out of range in the fixed-base MSM): the key is a witness.
			k, err := stdgroth16.ValueOfVerifyingKey[G1, G2, GT](ivk)
			if err != nil {
				b.Fatal(err)
			}
			p, _ := stdgroth16.ValueOfProof[G1, G2](proof)
			pw, _ := stdgroth16.ValueOfWitness[FR](pub)
			circuit := &verifyN[FR, G1, G2, GT]{VK: stdgroth16.PlaceholderVerifyingKey[G1, G2, GT](ccs), subgroup: true,
				Proofs: []stdgroth16.Proof[G1, G2]{stdgroth16.PlaceholderProof[G1, G2](ccs)}, Publics: []stdgroth16.Witness[FR]{stdgroth16.PlaceholderWitness[FR](ccs)}}
			assign := &verifyN[FR, G1, G2, GT]{VK: k, Proofs: []stdgroth16.Proof[G1, G2]{p}, Publics: []stdgroth16.Witness[FR]{pw}}
			runOuter(b, ecc.BN254, circuit, assign, fullRun())
		})
	}
}

// BenchmarkPathBN254Join measures the BN254-in-BN254 verifier of one
// join-shaped proof: one public input (a statement digest) and one
// commitment, key constant or witness.
func BenchmarkPathBN254Join(b *testing.B) {
	type FR = sw_bn254.ScalarField
	type G1 = sw_bn254.G1Affine
	type G2 = sw_bn254.G2Affine
	type GT = sw_bn254.GTEl
	for _, fixed := range []bool{true, false} {
		b.Run(fmt.Sprintf("fixedvk=%v", fixed), func(b *testing.B) {
			inner := &toyPublics{Pub: make([]frontend.Variable, 1)}
			ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, inner)
			if err != nil {
				b.Fatal(err)
			}
			pk, ivk, err := groth16.Setup(ccs)
			if err != nil {
				b.Fatal(err)
			}
			w, err := frontend.NewWitness(&toyPublics{Pub: []frontend.Variable{1}, X: 3}, ecc.BN254.ScalarField())
			if err != nil {
				b.Fatal(err)
			}
			proof, err := groth16.Prove(ccs, pk, w, stdgroth16.GetNativeProverOptions(ecc.BN254.ScalarField(), ecc.BN254.ScalarField()))
			if err != nil {
				b.Fatal(err)
			}
			pub, _ := w.Public()
			p, _ := stdgroth16.ValueOfProof[G1, G2](proof)
			pw, _ := stdgroth16.ValueOfWitness[FR](pub)
			circuit := &verifyN[FR, G1, G2, GT]{subgroup: true,
				Proofs: []stdgroth16.Proof[G1, G2]{stdgroth16.PlaceholderProof[G1, G2](ccs)}, Publics: []stdgroth16.Witness[FR]{stdgroth16.PlaceholderWitness[FR](ccs)}}
			assign := &verifyN[FR, G1, G2, GT]{Proofs: []stdgroth16.Proof[G1, G2]{p}, Publics: []stdgroth16.Witness[FR]{pw}}
			if fixed {
				k, err := stdgroth16.ValueOfVerifyingKeyFixed[G1, G2, GT](ivk)
				if err != nil {
					b.Fatal(err)
				}
				circuit.FixedVK, assign.FixedVK = &k, &k
			} else {
				circuit.VK = stdgroth16.PlaceholderVerifyingKey[G1, G2, GT](ccs)
				assign.VK, err = stdgroth16.ValueOfVerifyingKey[G1, G2, GT](ivk)
				if err != nil {
					b.Fatal(err)
				}
			}
			runOuter(b, ecc.BN254, circuit, assign, fullRun())
		})
	}
}
