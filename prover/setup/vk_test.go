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
}

// FuzzDecodeVerifyingKey: no bytes make the decoder panic or allocate
// beyond their own size. Its seed is a real key (testdata/fuzz), not one
// set up here: every fuzz worker runs this function's body.
func FuzzDecodeVerifyingKey(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = setup.DecodeVerifyingKey(b)
	})
}
