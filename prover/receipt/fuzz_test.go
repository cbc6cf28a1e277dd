package receipt

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/big"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// fakeSeal has a program seal's shape (length and count) and no valid point.
func fakeSeal(commitments int) []byte {
	b := bytes.Repeat([]byte{7}, SealLen(commitments))
	binary.BigEndian.PutUint32(b[sealCountAt:], uint32(commitments))
	return b
}

func seedReceipt() []byte {
	task := [32]byte{5}
	c := CompositeReceipt{Task: task, Segments: []SegmentReceipt{
		{Claim: Claim{Family: "dtree/v2/d6-n32-f4-s64", Index: 0}, Task: task, Seal: fakeSeal(1), Prover: [20]byte{9}, Price: big.NewInt(700)},
		{Claim: Claim{Family: "dtree/v2/d6-n32-f4-s64", Index: 1}, Task: task, Seal: fakeSeal(0)},
	}}
	b, err := c.MarshalBinary()
	if err != nil {
		panic(err)
	}
	return b
}

// FuzzCompositeDecode: receipts arrive from peers; decoding must never
// panic, and whatever decodes must re-encode to the same bytes.
func FuzzCompositeDecode(f *testing.F) {
	f.Add(seedReceipt())
	f.Add([]byte("ZKRC\x02" + string(make([]byte, 32)) + "\x00"))
	f.Add([]byte("ZKRC\x02" + string(make([]byte, 32)) + "\xff\xff\xff\xff\x0f"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var c CompositeReceipt
		if err := c.UnmarshalBinary(data); err != nil {
			return
		}
		b, err := c.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded receipt does not encode: %v", err)
		}
		if !bytes.Equal(b, data) {
			t.Fatalf("re-encoding differs")
		}
	})
}

func FuzzSegmentDecode(f *testing.F) {
	s := SegmentReceipt{Claim: Claim{Family: "hashchain/v1/s4", Index: 3}, Task: [32]byte{1}, Price: big.NewInt(1 << 40), Seal: fakeSeal(0)}
	b, _ := s.MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) {
		var s SegmentReceipt
		if err := s.UnmarshalBinary(data); err != nil {
			return
		}
		b, err := s.MarshalBinary()
		if err != nil || !bytes.Equal(b, data) {
			t.Fatalf("round trip: %v", err)
		}
	})
}

func TestDigestRejectsNonCanonical(t *testing.T) {
	var d Digest
	for i := range d {
		d[i] = 0xff
	}
	if _, err := d.Element(); err == nil {
		t.Fatal("accepted a digest above the field modulus")
	}
	s := SegmentReceipt{Claim: Claim{Family: "x", StateIn: d}, Seal: fakeSeal(1)}
	b, err := s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back SegmentReceipt
	if err := back.UnmarshalBinary(b); err == nil {
		t.Fatal("decoded a non-canonical state")
	}
}

func TestPriceIsAUint96(t *testing.T) {
	big97 := new(big.Int).Lsh(big.NewInt(1), 96)
	s := SegmentReceipt{Claim: Claim{Family: "x"}, Price: big97, Seal: fakeSeal(1)}
	if _, err := s.MarshalBinary(); !errors.Is(err, ErrEncoding) {
		t.Fatalf("a 97-bit price encoded: %v", err)
	}
	if _, err := Binding([32]byte{}, [20]byte{}, big.NewInt(-1)); !errors.Is(err, ErrEncoding) {
		t.Fatalf("a negative price bound: %v", err)
	}
}

// tinyCircuit has the public inputs of every program circuit and one
// BSB22 commitment, like dtree's: a real key for seal tests, set up in
// milliseconds.
type tinyCircuit struct {
	publicInputs
	X frontend.Variable
}

func (c *tinyCircuit) Define(api frontend.API) error {
	cm, err := api.(frontend.Committer).Commit(c.X)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	for _, v := range []frontend.Variable{c.ProgramID, c.StateIn, c.StateOut, c.InputIn, c.InputOut, c.Binding} {
		api.AssertIsEqual(api.Mul(v, c.X), api.Mul(c.X, v))
	}
	return nil
}

var tiny struct {
	once  sync.Once
	vk    groth16.VerifyingKey
	claim Claim
	bind  Digest
	seal  []byte
	err   error
}

// tinySeal is a valid seal of the tiny circuit for a fixed claim.
func tinySeal(t testing.TB) (groth16.VerifyingKey, Claim, Digest, []byte) {
	t.Helper()
	tiny.once.Do(func() {
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &tinyCircuit{})
		if err != nil {
			tiny.err = err
			return
		}
		pk, vk, err := groth16.Setup(ccs)
		if err != nil {
			tiny.err = err
			return
		}
		tiny.claim = Claim{Family: "tiny", ProgramID: Digest{31: 1}, StateIn: Digest{31: 2}, StateOut: Digest{31: 3}, InputIn: Digest{31: 4}, InputOut: Digest{31: 5}}
		tiny.bind, _ = Binding([32]byte{1}, [20]byte{2}, big.NewInt(700))
		vals, _ := PublicValues(tiny.claim, tiny.bind)
		a := &tinyCircuit{X: 9}
		for i, dst := range []*frontend.Variable{&a.ProgramID, &a.StateIn, &a.StateOut, &a.InputIn, &a.InputOut, &a.Binding} {
			*dst = vals[i]
		}
		w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			tiny.err = err
			return
		}
		proof, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
		if err != nil {
			tiny.err = err
			return
		}
		var b bytes.Buffer
		if _, err := proof.WriteRawTo(&b); err != nil {
			tiny.err = err
			return
		}
		tiny.vk, tiny.seal = vk, b.Bytes()
	})
	if tiny.err != nil {
		t.Fatal(tiny.err)
	}
	return tiny.vk, tiny.claim, tiny.bind, append([]byte(nil), tiny.seal...)
}

func TestSealVerifiesAndBinds(t *testing.T) {
	vk, c, b, seal := tinySeal(t)
	if len(seal) != SealLen(1) {
		t.Fatalf("a one-commitment seal of %d bytes, want %d", len(seal), SealLen(1))
	}
	if err := VerifySeal(vk, c, b, seal); err != nil {
		t.Fatal(err)
	}
	other, _ := Binding([32]byte{1}, [20]byte{2}, big.NewInt(1))
	if err := VerifySeal(vk, c, other, seal); !errors.Is(err, ErrSeal) {
		t.Fatalf("verified under another binding: %v", err)
	}
	c.InputOut[31]++
	if err := VerifySeal(vk, c, b, seal); !errors.Is(err, ErrSeal) {
		t.Fatalf("verified for another input: %v", err)
	}
}

// TestHostileSealCountIsRefusedCheaply performs the attack of a seal whose
// commitment count says 2^32-1: gnark's decoder allocated 2^32 × 64 bytes
// for it ("fatal error: out of memory", uncatchable). DecodeSeal refuses it
// from its length and count alone, in microseconds, allocating next to
// nothing.
func TestHostileSealCountIsRefusedCheaply(t *testing.T) {
	vk, c, b, seal := tinySeal(t)
	attacks := map[string][]byte{}
	// The 196-byte seal of the report: three compressed points and the count.
	short := make([]byte, 196)
	binary.BigEndian.PutUint32(short[128:], 0xFFFFFFFF)
	attacks["196 bytes, count 2^32-1"] = short
	// A seal of the right length whose count says 2^32-1.
	wrongCount := append([]byte(nil), seal...)
	binary.BigEndian.PutUint32(wrongCount[256:], 0xFFFFFFFF)
	attacks["right length, count 2^32-1"] = wrongCount
	attacks["count 2 in a longer seal"] = append(append([]byte(nil), seal...), seal[260:324]...)
	attacks["empty"] = nil
	attacks["one byte short"] = seal[:len(seal)-1]
	for name, s := range attacks {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			err := VerifySeal(vk, c, b, s)
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			if !errors.Is(err, ErrSeal) {
				t.Fatalf("err = %v, want ErrSeal", err)
			}
			if grew := after.TotalAlloc - before.TotalAlloc; grew > 1<<20 {
				t.Fatalf("refusing it allocated %d bytes", grew)
			}
			t.Logf("%s: refused in %s: %v", name, took, err)
		})
	}
}

// TestReceiptDecoderRefusesSealShapes: a receipt whose seal is not a
// program seal's length, or whose count disagrees with it, does not decode:
// the seal never reaches a key lookup, let alone gnark.
func TestReceiptDecoderRefusesSealShapes(t *testing.T) {
	task := [32]byte{5}
	for name, seal := range map[string][]byte{
		"count 2^32-1":   func() []byte { b := fakeSeal(1); binary.BigEndian.PutUint32(b[sealCountAt:], 0xFFFFFFFF); return b }(),
		"count 0 in 388": func() []byte { b := fakeSeal(1); binary.BigEndian.PutUint32(b[sealCountAt:], 0); return b }(),
		"196 bytes":      make([]byte, 196),
		"empty":          nil,
		"3 commitments":  fakeSeal(3),
		"count 1 in 452": func() []byte { b := fakeSeal(2); binary.BigEndian.PutUint32(b[sealCountAt:], 1); return b }(),
	} {
		r := SegmentReceipt{Claim: Claim{Family: "dtree/v2/d6-n32-f4-s64"}, Task: task, Seal: seal}
		c := CompositeReceipt{Task: task, Segments: []SegmentReceipt{r}}
		b, err := c.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back CompositeReceipt
		if err := back.UnmarshalBinary(b); !errors.Is(err, ErrEncoding) || !errors.Is(err, ErrSeal) {
			t.Errorf("%s: err = %v, want ErrEncoding and ErrSeal", name, err)
		}
	}
}

// A receipt carries seals of 0, 1 or 2 commitments (dtree's committed
// model has two): each decodes with its length and count.
func TestReceiptDecoderTakesUpToTwoCommitments(t *testing.T) {
	task := [32]byte{5}
	c := CompositeReceipt{Task: task}
	for n := 0; n <= MaxCommitments; n++ {
		c.Segments = append(c.Segments, SegmentReceipt{Claim: Claim{Family: "dtree/v1/d6-n32-f4-s64", Index: uint32(n)}, Task: task, Seal: fakeSeal(n)})
	}
	b, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back CompositeReceipt
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	for n, s := range back.Segments {
		if !bytes.Equal(s.Seal, fakeSeal(n)) {
			t.Fatalf("seal %d differs", n)
		}
	}
	if _, err := DecodeSealCommitments(fakeSeal(3), 3); !errors.Is(err, ErrSeal) {
		t.Fatalf("3 commitments: %v", err)
	}
	// The largest receipt of n segments fits MaxCompositeSize(n).
	largest := CompositeReceipt{Task: task}
	for k := 0; k < 3; k++ {
		largest.Segments = append(largest.Segments, SegmentReceipt{Claim: Claim{Family: string(bytes.Repeat([]byte{'d'}, MaxFamilyLen)), Index: uint32(k)},
			Task: task, Price: new(big.Int).Lsh(big.NewInt(1), 8*PriceBytes-1), Seal: fakeSeal(MaxCommitments)})
	}
	if b, err = largest.MarshalBinary(); err != nil {
		t.Fatal(err)
	}
	if int64(len(b)) > MaxCompositeSize(3) {
		t.Fatalf("%d bytes, MaxCompositeSize(3) = %d", len(b), MaxCompositeSize(3))
	}
}

func TestSealEncodingIsExact(t *testing.T) {
	vk, c, b, seal := tinySeal(t)
	for _, off := range []int{0, 64, 200, 256 + 4, 256 + 4 + 64} {
		bad := append([]byte(nil), seal...)
		bad[off] ^= 0x01 // a coordinate off the curve, or a flag bit
		if err := VerifySeal(vk, c, b, bad); !errors.Is(err, ErrSeal) {
			t.Errorf("byte %d flipped: err = %v", off, err)
		}
	}
	// A point encoded with a non-canonical coordinate (x + p) is refused.
	bad := append([]byte(nil), seal...)
	bad[0] |= 0x30 // above the field modulus
	if err := VerifySeal(vk, c, b, bad); !errors.Is(err, ErrSeal) {
		t.Errorf("non-canonical coordinate: err = %v", err)
	}
}

// FuzzVerifySeal: any bytes as a seal under a real key: never a panic,
// never an unbounded allocation, and only the honest seal verifies.
func FuzzVerifySeal(f *testing.F) {
	vk, c, b, seal := tinySeal(f)
	f.Add(seal)
	f.Add(seal[:196])
	f.Add(make([]byte, SealLen(0)))
	f.Fuzz(func(t *testing.T, s []byte) {
		err := VerifySeal(vk, c, b, s)
		if err == nil && !bytes.Equal(s, tiny.seal) {
			// Groth16 proofs are re-randomisable, but not by a fuzzer.
			t.Fatalf("a different seal verified")
		}
	})
}
