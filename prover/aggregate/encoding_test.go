package aggregate

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/big"
	"testing"
)

func sampleReceipt(n int) *Receipt {
	r := &Receipt{Task: [32]byte{1, 2}, Family: "hashchain/v1/s1", ProgramID: digestOf(1), StateIn: digestOf(2),
		StateOut: digestOf(3), InputIn: digestOf(4), InputOut: digestOf(5), Seal: bytes.Repeat([]byte{9}, SealLen)}
	for i := 0; i < n; i++ {
		r.Payees = append(r.Payees, Payee{Prover: [20]byte{byte(i)}, Price: big.NewInt(int64(1000 + i))})
	}
	if n > 0 {
		r.Aggregators = aggregatorsOf(n)
	}
	return r
}

// aggregatorsOf is who proves the joins and the wrap of a tree of n
// segments, each its own prover and price.
func aggregatorsOf(n int) []Payee {
	a := make([]Payee, Aggregators(n))
	for i := range a {
		a[i] = Payee{Prover: [20]byte{0xa9, byte(i), byte(i >> 8)}, Price: big.NewInt(int64(5000 + i))}
	}
	return a
}

func sampleJoin() *Join {
	return &Join{Kind: KindNode, Statement: Statement{Keys: digestOf(1), ProgramID: digestOf(2), Task: digestOf(10), StateIn: digestOf(3),
		StateOut: digestOf(4), InputIn: digestOf(5), InputOut: digestOf(6), BindIn: digestOf(7), BindOut: digestOf(8), Jobs: digestOf(12), Count: 5},
		Seal: bytes.Repeat([]byte{9}, SealLen)}
}

func TestReceiptEncoding(t *testing.T) {
	r := sampleReceipt(3)
	b, err := r.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(b)) > MaxReceiptSize(3) {
		t.Fatalf("%d bytes above MaxReceiptSize(3) = %d", len(b), MaxReceiptSize(3))
	}
	var got Receipt
	if err := got.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	again, err := got.MarshalBinary()
	if err != nil || !bytes.Equal(again, b) {
		t.Fatalf("round trip: %v", err)
	}
	famEnd := 4 + 1 + 32 + 1 + len(r.Family)
	nonCanonical := append([]byte(nil), b...)
	copy(nonCanonical[famEnd+4:famEnd+4+32], bytes.Repeat([]byte{0xff}, 32))
	hugeCount := append([]byte(nil), b...)
	binary.BigEndian.PutUint32(hugeCount[famEnd:], 0xffffffff)
	moreCount := append([]byte(nil), b...)
	binary.BigEndian.PutUint32(moreCount[famEnd:], 4)
	zeroCount := append([]byte(nil), b...)
	binary.BigEndian.PutUint32(zeroCount[famEnd:], 0)
	longFamily := append([]byte(nil), b[:37]...)
	longFamily = append(longFamily, 0x80, 0x80, 0x04) // 65536
	nonMinimal := append(append(append([]byte(nil), b[:37]...), 0x8f, 0x00), b[38:]...)
	for name, data := range map[string][]byte{
		"empty":                   nil,
		"bad magic":               append([]byte("ZKSX"), b[4:]...),
		"bad version":             append(append([]byte("ZKSU"), 9), b[5:]...),
		"truncated":               b[:len(b)-1],
		"trailing byte":           append(append([]byte(nil), b...), 0),
		"count beyond the bytes":  hugeCount,
		"count one more":          moreCount,
		"zero count":              zeroCount,
		"family beyond the limit": longFamily,
		"non-minimal family len":  nonMinimal,
		"non-canonical digest":    nonCanonical,
	} {
		var x Receipt
		if err := x.UnmarshalBinary(data); !errors.Is(err, ErrEncoding) {
			t.Errorf("%s: %v, want ErrEncoding", name, err)
		}
	}
	for name, bad := range map[string]*Receipt{
		"no payees":  sampleReceipt(0),
		"short seal": func() *Receipt { r := sampleReceipt(1); r.Seal = r.Seal[1:]; return r }(),
		"no family":  func() *Receipt { r := sampleReceipt(1); r.Family = ""; return r }(),
		"price too wide": func() *Receipt {
			r := sampleReceipt(1)
			r.Payees[0].Price = new(big.Int).Lsh(big.NewInt(1), 96)
			return r
		}(),
	} {
		if _, err := bad.MarshalBinary(); !errors.Is(err, ErrEncoding) {
			t.Errorf("encode %s: %v, want ErrEncoding", name, err)
		}
	}
}

func TestJoinEncoding(t *testing.T) {
	j := sampleJoin()
	b, err := j.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if len(b) != JoinLen {
		t.Fatalf("%d bytes, JoinLen %d", len(b), JoinLen)
	}
	var got Join
	if err := got.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if got.Kind != j.Kind || got.Statement != j.Statement || !bytes.Equal(got.Seal, j.Seal) {
		t.Fatalf("round trip: %+v", got)
	}
	mut := func(at int, v byte) []byte { c := append([]byte(nil), b...); c[at] = v; return c }
	zeroCount := append([]byte(nil), b...)
	binary.BigEndian.PutUint32(zeroCount[6+10*32:], 0)
	for name, data := range map[string][]byte{
		"truncated":            b[:len(b)-1],
		"trailing":             append(append([]byte(nil), b...), 1),
		"bad magic":            mut(0, 'X'),
		"bad version":          mut(4, 2), // v2 joins bind no join prover
		"version from later":   mut(4, 4),
		"bad kind":             mut(5, 4),
		"non-canonical digest": mut(6, 0xff),
		"zero count":           zeroCount,
	} {
		var x Join
		if err := x.UnmarshalBinary(data); !errors.Is(err, ErrEncoding) {
			t.Errorf("%s: %v, want ErrEncoding", name, err)
		}
	}
}

// FuzzReceiptDecode: succinct receipts arrive from peers; decoding must
// never panic, and whatever decodes re-encodes to the same bytes.
func FuzzReceiptDecode(f *testing.F) {
	for _, n := range []int{1, 4} {
		b, err := sampleReceipt(n).MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var r Receipt
		if err := r.UnmarshalBinary(data); err != nil {
			return
		}
		b, err := r.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded receipt does not encode: %v", err)
		}
		if !bytes.Equal(b, data) {
			t.Fatal("re-encoding differs")
		}
	})
}

// FuzzJoinDecode: as FuzzReceiptDecode, for join results.
func FuzzJoinDecode(f *testing.F) {
	b, err := sampleJoin().MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) {
		var j Join
		if err := j.UnmarshalBinary(data); err != nil {
			return
		}
		b, err := j.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded join does not encode: %v", err)
		}
		if !bytes.Equal(b, data) {
			t.Fatal("re-encoding differs")
		}
	})
}
