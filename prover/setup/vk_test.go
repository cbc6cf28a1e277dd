package setup_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/big"
	"testing"

	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"

	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/setup"
)

func realKey(t testing.TB) []byte {
	raw, _ := realKeys(t)
	return raw
}

// realKeys is a real verifying key in gnark's raw and compressed
// encodings.
func realKeys(t testing.TB) (raw, compressed []byte) {
	st, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Ensure(hashchain.Shape{Steps: 2})
	if err != nil {
		t.Fatal(err)
	}
	var r, c bytes.Buffer
	if _, err := a.VK.WriteRawTo(&r); err != nil {
		t.Fatal(err)
	}
	if _, err := a.VK.WriteTo(&c); err != nil {
		t.Fatal(err)
	}
	return r.Bytes(), c.Bytes()
}

// TestHostileKeyCountsAreRefused performs the attack of a verifying key
// whose K count says 2^32-1 (gnark's decoder allocates for the count it
// reads): refused from its shape before gnark sees it.
func TestHostileKeyCountsAreRefused(t *testing.T) {
	good := realKey(t)
	if _, err := setup.DecodeVerifyingKey(good); err != nil {
		t.Fatalf("honest key: %v", err)
	}
	head := 3*64 + 3*128
	bad := append([]byte(nil), good...)
	binary.BigEndian.PutUint32(bad[head:], 0xFFFFFFFF)
	if _, err := setup.DecodeVerifyingKey(bad); !errors.Is(err, setup.ErrKeyShape) {
		t.Fatalf("K count 2^32-1: %v", err)
	}
	bad = append([]byte(nil), good...)
	binary.BigEndian.PutUint32(bad[len(bad)-8:], 0xFFFFFFFF) // the committed-input lists
	if _, err := setup.DecodeVerifyingKey(bad); !errors.Is(err, setup.ErrKeyShape) {
		t.Fatalf("list count 2^32-1: %v", err)
	}
	if _, err := setup.DecodeVerifyingKey(good[:len(good)-1]); !errors.Is(err, setup.ErrKeyShape) {
		t.Fatalf("truncated: %v", err)
	}
	// gnark's decoder sizes every point from its flag bits: a key of the
	// compressed length whose first point says "uncompressed" would be
	// read 32 bytes further on, its K count from other bytes (the fuzzer's
	// find: a count of billions, an out-of-memory crash). And the reverse.
	_, comp := realKeys(t)
	if _, err := setup.DecodeVerifyingKey(comp); err != nil {
		t.Fatalf("honest compressed key: %v", err)
	}
	for name, edit := range map[string]func(k []byte){
		"compressed key, first point flagged uncompressed": func(k []byte) { k[0] &= 0x3f },
		"compressed key, a K point flagged uncompressed":   func(k []byte) { k[3*32+3*64+4] &= 0x3f },
	} {
		bad := append([]byte(nil), comp...)
		edit(bad)
		if _, err := setup.DecodeVerifyingKey(bad); !errors.Is(err, setup.ErrKeyShape) {
			t.Fatalf("%s: %v", name, err)
		}
	}
	bad = append([]byte(nil), good...)
	bad[0] |= 0x80 // the raw key's first point flagged compressed
	if _, err := setup.DecodeVerifyingKey(bad); !errors.Is(err, setup.ErrKeyShape) {
		t.Fatalf("raw key, first point flagged compressed: %v", err)
	}
}

// FuzzDecodeVerifyingKey: no bytes make the decoder panic or allocate
// beyond their own size. Its seed is a real key (testdata/fuzz), not one
// set up here: every fuzz worker runs this function's body.
func FuzzDecodeVerifyingKey(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = setup.DecodeVerifyingKey(b)
	})
}

// TestCommittedKeyLists: a dtree segment's key has two commitments, the
// second committing to the first's hash (public value 7, after the six
// public inputs); a key whose second commitment claims a real public
// input, or more values than commitments before it, is refused from its
// shape.
func TestCommittedKeyLists(t *testing.T) {
	st, err := setup.Open(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Ensure(dtree.Shape{Depth: 4, Nodes: 32, Features: 4, SegmentSize: 8})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := a.VK.WriteRawTo(&b); err != nil {
		t.Fatal(err)
	}
	good := b.Bytes()
	if _, err := setup.DecodeVerifyingKey(good); err != nil {
		t.Fatalf("honest key: %v", err)
	}
	// Raw layout: 6 fixed points, K count, 9 K points, list count, an
	// empty list, a list of one u64, the key count, two keys.
	lists := 3*64 + 3*128 + 4 + 9*64
	if n := binary.BigEndian.Uint32(good[lists:]); n != 2 {
		t.Fatalf("fixture: %d committed-input lists", n)
	}
	second := lists + 4 + 4
	if n, v := binary.BigEndian.Uint32(good[second:]), binary.BigEndian.Uint64(good[second+4:]); n != 1 || v != 7 {
		t.Fatalf("fixture: the second commitment commits to %d values (%d)", n, v)
	}
	for name, edit := range map[string]func(k []byte){
		"a real public input":   func(k []byte) { binary.BigEndian.PutUint64(k[second+4:], 1) },
		"a value past the hash": func(k []byte) { binary.BigEndian.PutUint64(k[second+4:], 8) },
		"2^64-1":                func(k []byte) { binary.BigEndian.PutUint64(k[second+4:], ^uint64(0)) },
		"two values":            func(k []byte) { binary.BigEndian.PutUint32(k[second:], 2) },
		"2^32-1 values":         func(k []byte) { binary.BigEndian.PutUint32(k[second:], 0xFFFFFFFF) },
		"the first commits":     func(k []byte) { binary.BigEndian.PutUint32(k[lists+4:], 1) },
	} {
		bad := append([]byte(nil), good...)
		edit(bad)
		if _, err := setup.DecodeVerifyingKey(bad); !errors.Is(err, setup.ErrKeyShape) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestHostileBasisIsRefused: a model basis (fetched from peers by CID, so
// hostile only through a bad manifest) is decoded from its exact size:
// a wrong count, a cut, a point off the curve or at infinity are refused.
func TestHostileBasisIsRefused(t *testing.T) {
	_, _, g, _ := bn254.Generators()
	pts := make([]bn254.G1Affine, 3)
	for i := range pts {
		pts[i].ScalarMultiplication(&g, big.NewInt(int64(i+5)))
	}
	good := setup.EncodeBasis(pts)
	back, err := setup.DecodeBasis(good, 3)
	if err != nil || len(back) != 3 || !back[2].Equal(&pts[2]) {
		t.Fatalf("round trip: %v", err)
	}
	for name, c := range map[string]struct {
		b []byte
		n int
	}{
		"another count": {good, 4},
		"count 2^32-1":  {append([]byte{0xff, 0xff, 0xff, 0xff}, good[4:]...), 3},
		"cut":           {good[:len(good)-1], 3},
		"empty":         {nil, 3},
		"zero values":   {good, 0},
		"over MaxBasis": {good, setup.MaxBasis + 1},
		"off the curve": {func() []byte { b := append([]byte(nil), good...); b[4+63] ^= 1; return b }(), 3},
		"infinity": {func() []byte {
			b := append([]byte(nil), good...)
			copy(b[4:68], make([]byte, 64))
			b[4] = 0x40
			return b
		}(), 3},
		"a trailing byte": {append(append([]byte(nil), good...), 0), 3},
	} {
		if _, err := setup.DecodeBasis(c.b, c.n); !errors.Is(err, setup.ErrBasis) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
