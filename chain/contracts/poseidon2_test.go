package contracts_test

import (
	"bytes"
	"context"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"

	bnfr "github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/contracts/internal/poseidonsol"
	"github.com/zkpool/aoraki/chain/contracts/testcontracts"
	"github.com/zkpool/aoraki/prover/aggregate"
	"github.com/zkpool/aoraki/prover/poseidon"
	"github.com/zkpool/aoraki/prover/receipt"
)

// poseidonHarness is a deployed Poseidon2Harness on the embedded dev chain.
type poseidonHarness struct {
	t    *testing.T
	f    *fixture
	ab   *testcontracts.Poseidon2Harness
	addr common.Address
}

func newPoseidonHarness(t *testing.T) *poseidonHarness {
	f := newFixture(t, 0)
	h := &poseidonHarness{t: t, f: f, ab: testcontracts.NewPoseidon2Harness()}
	h.addr = f.deploy(keyDeployer, common.FromHex(testcontracts.Poseidon2HarnessMetaData.Bin), nil)
	return h
}

func (h *poseidonHarness) call(data []byte) ([]byte, error) {
	return h.f.client.CallContract(context.Background(), ethereum.CallMsg{To: &h.addr, Data: data}, nil)
}

// hash returns the contract's hash and its gas (library call only).
func (h *poseidonHarness) hash(tag *big.Int, elems []*big.Int) (*big.Int, uint64, error) {
	out, err := h.call(h.ab.PackHash(tag, elems))
	if err != nil {
		return nil, 0, err
	}
	res, err := h.ab.UnpackHash(out)
	if err != nil {
		h.t.Fatal(err)
	}
	return res.Digest, res.GasUsed.Uint64(), nil
}

func (h *poseidonHarness) compress(l, r *big.Int) (*big.Int, uint64, error) {
	out, err := h.call(h.ab.PackCompress(l, r))
	if err != nil {
		return nil, 0, err
	}
	res, err := h.ab.UnpackCompress(out)
	if err != nil {
		h.t.Fatal(err)
	}
	return res.Digest, res.GasUsed.Uint64(), nil
}

func bigOf(e bnfr.Element) *big.Int { return e.BigInt(new(big.Int)) }

// randomElement is uniform in the field, from rng (deterministic per seed).
func randomElement(rng *rand.Rand) bnfr.Element {
	var b [32]byte
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	var e bnfr.Element
	e.SetBytes(b[:]) // reduced mod r
	return e
}

func TestPoseidon2HashMatchesProver(t *testing.T) {
	h := newPoseidonHarness(t)
	rng := rand.New(rand.NewPCG(1, 2))
	var last bnfr.Element
	last.SetInt64(-1) // r-1
	for _, n := range []int{0, 1, 9, 14, 15, 16, 30, 31} {
		for _, fill := range []string{"random", "zero", "r-1"} {
			tag := randomElement(rng)
			switch fill {
			case "zero":
				tag.SetZero()
			case "r-1":
				tag = last
			}
			elems := make([]bnfr.Element, n)
			args := make([]*big.Int, n)
			for i := range elems {
				switch fill {
				case "random":
					elems[i] = randomElement(rng)
				case "r-1":
					elems[i] = last
				}
				args[i] = bigOf(elems[i])
			}
			want := poseidon.Hash(tag, elems)
			got, _, err := h.hash(bigOf(tag), args)
			if err != nil {
				t.Fatalf("%d %s elements: %v", n, fill, err)
			}
			if got.Cmp(bigOf(want)) != 0 {
				t.Errorf("%d %s elements: contract %#x, prover %#x", n, fill, got, bigOf(want))
			}
		}
	}
	// One element changed in the last, partial block changes the hash (the
	// padding is not ignored).
	elems := []*big.Int{big.NewInt(1), big.NewInt(2)}
	a, _, err := h.hash(big.NewInt(7), elems)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := h.hash(big.NewInt(7), append(elems, big.NewInt(0)))
	if err != nil {
		t.Fatal(err)
	}
	if a.Cmp(b) != 0 {
		t.Errorf("a zero element in the padded block changed the hash (prover pads with zeros)")
	}
}

func TestPoseidon2CompressMatchesProver(t *testing.T) {
	h := newPoseidonHarness(t)
	rng := rand.New(rand.NewPCG(3, 4))
	var zero, one, last bnfr.Element
	one.SetOne()
	last.SetInt64(-1)
	pairs := [][2]bnfr.Element{{zero, zero}, {zero, last}, {last, zero}, {last, last}, {one, last}}
	for range 8 {
		pairs = append(pairs, [2]bnfr.Element{randomElement(rng), randomElement(rng)})
	}
	for _, p := range pairs {
		want := poseidon.Compress(p[0], p[1])
		got, _, err := h.compress(bigOf(p[0]), bigOf(p[1]))
		if err != nil {
			t.Fatalf("compress(%s, %s): %v", p[0].String(), p[1].String(), err)
		}
		if got.Cmp(bigOf(want)) != 0 {
			t.Errorf("compress(%s, %s): contract %#x, prover %#x", p[0].String(), p[1].String(), got, bigOf(want))
		}
	}
	// A binding chain folded on chain is the prover's.
	acc := receipt.DigestOf(randomElement(rng))
	onChain := new(big.Int).SetBytes(acc[:])
	for range 3 {
		b := receipt.DigestOf(randomElement(rng))
		var err error
		if acc, err = aggregate.Fold(acc, b); err != nil {
			t.Fatal(err)
		}
		if onChain, _, err = h.compress(onChain, new(big.Int).SetBytes(b[:])); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(onChain.FillBytes(make([]byte, 32)), acc[:]) {
		t.Errorf("folded on chain %#x, aggregate.Fold %x", onChain, acc)
	}
}

// TestPoseidon2RejectsNonCanonical: r and 2^256-1 anywhere in the input
// revert with NotInField(value), never reduced.
func TestPoseidon2RejectsNonCanonical(t *testing.T) {
	h := newPoseidonHarness(t)
	lib := testcontracts.NewPoseidon2()
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	ok := big.NewInt(5)
	expect := func(what string, bad *big.Int, err error) {
		t.Helper()
		data, isRevert := contracts.RevertData(err)
		if !isRevert {
			t.Errorf("%s: want a NotInField revert, got %v", what, err)
			return
		}
		e, uerr := lib.UnpackError(data) // matches the selector
		nif, isNIF := e.(*testcontracts.Poseidon2NotInField)
		if uerr != nil || !isNIF || nif.Value.Cmp(bad) != 0 {
			t.Errorf("%s: revert data %x, want NotInField(%#x)", what, data, bad)
		}
	}
	for _, bad := range []*big.Int{fr, max, new(big.Int).Add(fr, big.NewInt(1))} {
		_, _, err := h.hash(bad, []*big.Int{ok})
		expect("hash tag", bad, err)
		for _, n := range []int{1, 9, 15, 16, 31} {
			elems := make([]*big.Int, n)
			for i := range elems {
				elems[i] = ok
			}
			elems[n-1] = bad // in the last block
			_, _, err = h.hash(ok, elems)
			expect("hash element", bad, err)
		}
		_, _, err = h.compress(bad, ok)
		expect("compress left", bad, err)
		_, _, err = h.compress(ok, bad)
		expect("compress right", bad, err)
	}
}

// poseidonGas is the gas of the library calls (gasleft around the call).
func poseidonGas(t *testing.T) (hash9, hash15, compress uint64, runtimeSize int) {
	h := newPoseidonHarness(t)
	n := func(k int) []*big.Int {
		out := make([]*big.Int, k)
		for i := range out {
			out[i] = new(big.Int).Sub(fr, big.NewInt(int64(i+1)))
		}
		return out
	}
	var err error
	if _, hash9, err = h.hash(big.NewInt(1), n(9)); err != nil {
		t.Fatal(err)
	}
	if _, hash15, err = h.hash(big.NewInt(1), n(15)); err != nil {
		t.Fatal(err)
	}
	if _, compress, err = h.compress(big.NewInt(3), big.NewInt(4)); err != nil {
		t.Fatal(err)
	}
	code, err := h.f.client.CodeAt(context.Background(), h.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	return hash9, hash15, compress, len(code)
}

// TestPoseidon2Gas reports the library's gas and the harness's runtime
// size (go test -v -run Poseidon2Gas ./chain/contracts/) and holds the code
// under the 24 KiB limit.
func TestPoseidon2Gas(t *testing.T) {
	hash9, hash15, compress, size := poseidonGas(t)
	t.Logf("hash of 9 elements: %d gas; hash of 15: %d gas; compress: %d gas; Poseidon2Harness runtime code: %d bytes", hash9, hash15, compress, size)
	if size > 24576 {
		t.Errorf("Poseidon2Harness runtime code is %d bytes, over the 24,576-byte limit", size)
	}
}

// TestPoseidon2SourceMatchesGenerator fails when the generator's sponge
// parameters are not the prover's, or src/Poseidon2.sol is not what
// internal/genposeidon writes from gnark-crypto's parameters today. Fix
// a failure with make contracts.
func TestPoseidon2SourceMatchesGenerator(t *testing.T) {
	if poseidonsol.Width != poseidon.Width || poseidonsol.FullRounds != poseidon.FullRounds || poseidonsol.PartialRounds != poseidon.PartialRounds {
		t.Errorf("poseidonsol generates t=%d rf=%d rp=%d, prover/poseidon uses t=%d rf=%d rp=%d",
			poseidonsol.Width, poseidonsol.FullRounds, poseidonsol.PartialRounds, poseidon.Width, poseidon.FullRounds, poseidon.PartialRounds)
	}
	want, err := poseidonsol.Source()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("src/Poseidon2.sol")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("src/Poseidon2.sol differs from what internal/genposeidon writes: run make contracts")
	}
}
