package setup_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/setup"
)

func realKey(t testing.TB) []byte {
	st, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Ensure(hashchain.Shape{Steps: 2})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := a.VK.WriteRawTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
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
	st, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Ensure(hashchain.Shape{Steps: 2})
	if err != nil {
		t.Fatal(err)
	}
	var comp bytes.Buffer
	if _, err := a.VK.WriteTo(&comp); err != nil {
		t.Fatal(err)
	}
	if _, err := setup.DecodeVerifyingKey(comp.Bytes()); err != nil {
		t.Fatalf("honest compressed key: %v", err)
	}
	for name, edit := range map[string]func(k []byte){
		"compressed key, first point flagged uncompressed": func(k []byte) { k[0] &= 0x3f },
		"compressed key, a K point flagged uncompressed":   func(k []byte) { k[3*32+3*64+4] &= 0x3f },
	} {
		bad := append([]byte(nil), comp.Bytes()...)
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
