package eip712_test

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/zkpool/aoraki/protocol/eip712"
)

func testKey(t *testing.T, seed byte) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(bytes.Repeat([]byte{seed}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func sampleQuote() eip712.Quote {
	return eip712.Quote{
		Node:            common.HexToAddress("0x1111111111111111111111111111111111111111"),
		Requester:       common.HexToAddress("0x2222222222222222222222222222222222222222"),
		ProgramID:       common.HexToHash("0xaa"),
		InputDigest:     common.HexToHash("0xbb"),
		Price:           big.NewInt(123456789),
		ProvingDeadline: 1_900_000_000,
		Expiry:          1_800_000_000,
		Nonce:           big.NewInt(42),
		Verifier:        common.HexToAddress("0x3333333333333333333333333333333333333333"),
		Callback:        common.Address{},
	}
}

// The digests must agree with go-ethereum's generic EIP-712 encoder (signer/core/apitypes).
func TestDigestsMatchGenericEncoder(t *testing.T) {
	domain := eip712.AorakiDomain(big.NewInt(1337), common.HexToAddress("0x4444444444444444444444444444444444444444"))
	q := sampleQuote()
	got, err := q.Digest(domain)
	if err != nil {
		t.Fatal(err)
	}
	chainID := math.HexOrDecimal256(*big.NewInt(1337))
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
			},
			"Quote": {
				{Name: "node", Type: "address"}, {Name: "requester", Type: "address"},
				{Name: "programId", Type: "bytes32"}, {Name: "inputDigest", Type: "bytes32"},
				{Name: "price", Type: "uint96"}, {Name: "provingDeadline", Type: "uint64"},
				{Name: "expiry", Type: "uint64"}, {Name: "nonce", Type: "uint256"},
				{Name: "verifier", Type: "address"}, {Name: "callback", Type: "address"},
			},
			"Attestation": {
				{Name: "taskId", Type: "bytes32"}, {Name: "resultDigest", Type: "bytes32"},
				{Name: "receiptDigest", Type: "bytes32"}, {Name: "payoutsHash", Type: "bytes32"},
			},
		},
		PrimaryType: "Quote",
		Domain: apitypes.TypedDataDomain{
			Name: "Aoraki", Version: "1", ChainId: &chainID,
			VerifyingContract: "0x4444444444444444444444444444444444444444",
		},
		Message: apitypes.TypedDataMessage{
			"node": q.Node.Hex(), "requester": q.Requester.Hex(),
			"programId": hexutil.Encode(q.ProgramID[:]), "inputDigest": hexutil.Encode(q.InputDigest[:]),
			"price": q.Price.String(), "provingDeadline": "1900000000", "expiry": "1800000000",
			"nonce": "42", "verifier": q.Verifier.Hex(), "callback": q.Callback.Hex(),
		},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got[:], want) {
		t.Fatalf("quote digest %x, generic encoder %x", got, want)
	}

	a := eip712.Attestation{TaskID: got, ResultDigest: common.HexToHash("0x01"), ReceiptDigest: common.HexToHash("0x02"), PayoutsHash: common.HexToHash("0x03")}
	gotA, err := a.Digest(domain)
	if err != nil {
		t.Fatal(err)
	}
	td.PrimaryType = "Attestation"
	td.Message = apitypes.TypedDataMessage{
		"taskId": hexutil.Encode(a.TaskID[:]), "resultDigest": hexutil.Encode(a.ResultDigest[:]),
		"receiptDigest": hexutil.Encode(a.ReceiptDigest[:]), "payoutsHash": hexutil.Encode(a.PayoutsHash[:]),
	}
	wantA, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gotA[:], wantA) {
		t.Fatalf("attestation digest %x, generic encoder %x", gotA, wantA)
	}
}

func TestSignRecover(t *testing.T) {
	key := testKey(t, 7)
	domain := eip712.AorakiDomain(big.NewInt(1), common.Address{9})
	q := sampleQuote()
	q.Node = crypto.PubkeyToAddress(key.PublicKey)
	digest, sig, err := q.Sign(domain, key)
	if err != nil {
		t.Fatal(err)
	}
	if sig[64] != 27 && sig[64] != 28 {
		t.Fatalf("v = %d", sig[64])
	}
	got, err := eip712.Recover(digest, sig)
	if err != nil || got != q.Node {
		t.Fatalf("recovered %s, %v; want %s", got, err, q.Node)
	}
	// v as 0/1 is accepted, as by the contract.
	alt := bytes.Clone(sig)
	alt[64] -= 27
	if got, err := eip712.Recover(digest, alt); err != nil || got != q.Node {
		t.Fatalf("v-27 form: %s, %v", got, err)
	}
	// A different digest recovers someone else.
	other := digest
	other[0] ^= 1
	if got, _ := eip712.Recover(other, sig); got == q.Node {
		t.Fatal("signature verified for another digest")
	}
}

func TestRecoverRejectsMalformed(t *testing.T) {
	key := testKey(t, 8)
	digest := common.HexToHash("0x1234")
	sig, err := eip712.Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	// The malleable twin (s' = n - s, v flipped) recovers the same key: it must be refused.
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	high := bytes.Clone(sig)
	copy(high[32:64], common.LeftPadBytes(new(big.Int).Sub(n, s).Bytes(), 32))
	high[64] ^= 1 // 27 <-> 28
	badV := bytes.Clone(sig)
	badV[64] = 29
	zeroR := bytes.Clone(sig)
	copy(zeroR[:32], make([]byte, 32))
	cases := map[string][]byte{
		"short":  sig[:64],
		"long":   append(bytes.Clone(sig), 0),
		"high s": high,
		"bad v":  badV,
		"zero r": zeroR,
		"empty":  nil,
	}
	for name, bad := range cases {
		if _, err := eip712.Recover(digest, bad); !errors.Is(err, eip712.ErrBadSignature) {
			t.Errorf("%s: got %v, want ErrBadSignature", name, err)
		}
	}
}

func TestFieldRanges(t *testing.T) {
	domain := eip712.AorakiDomain(big.NewInt(1), common.Address{})
	tooBig := new(big.Int).Lsh(big.NewInt(1), 96)
	for name, mutate := range map[string]func(*eip712.Quote){
		"nil price":      func(q *eip712.Quote) { q.Price = nil },
		"negative price": func(q *eip712.Quote) { q.Price = big.NewInt(-1) },
		"price 2^96":     func(q *eip712.Quote) { q.Price = tooBig },
		"nil nonce":      func(q *eip712.Quote) { q.Nonce = nil },
		"nonce 2^256":    func(q *eip712.Quote) { q.Nonce = new(big.Int).Lsh(big.NewInt(1), 256) },
	} {
		q := sampleQuote()
		mutate(&q)
		if _, err := q.Digest(domain); !errors.Is(err, eip712.ErrFieldRange) {
			t.Errorf("%s: got %v, want ErrFieldRange", name, err)
		}
	}
	q := sampleQuote()
	if _, err := q.Digest(eip712.Domain{Name: "Aoraki", Version: "1"}); !errors.Is(err, eip712.ErrInvalidDomain) {
		t.Errorf("domain without chain id: %v", err)
	}
	if _, err := eip712.PayoutsHash([]eip712.Payout{{To: common.Address{1}, Amount: tooBig}}); !errors.Is(err, eip712.ErrFieldRange) {
		t.Errorf("payout 2^96: %v", err)
	}
	if _, err := eip712.PayoutsHash([]eip712.Payout{{To: common.Address{1}}}); !errors.Is(err, eip712.ErrFieldRange) {
		t.Errorf("nil payout amount: %v", err)
	}
}

func TestPayoutsHashLayout(t *testing.T) {
	ps := []eip712.Payout{{To: common.Address{1}, Amount: big.NewInt(5)}, {To: common.Address{2}, Amount: big.NewInt(7)}}
	got, err := eip712.PayoutsHash(ps)
	if err != nil {
		t.Fatal(err)
	}
	var buf []byte
	for _, p := range ps {
		buf = append(buf, common.LeftPadBytes(p.To[:], 32)...)
		buf = append(buf, common.LeftPadBytes(p.Amount.Bytes(), 32)...)
	}
	if got != crypto.Keccak256Hash(buf) {
		t.Fatal("payouts hash layout differs")
	}
	empty, _ := eip712.PayoutsHash(nil)
	if empty != crypto.Keccak256Hash(nil) {
		t.Fatal("empty payouts hash must be keccak256 of nothing")
	}
}

func TestPackAttestations(t *testing.T) {
	digest := common.HexToHash("0xfeed")
	var sigs [][]byte
	for i := byte(1); i <= 4; i++ {
		sig, err := eip712.Sign(digest, testKey(t, i))
		if err != nil {
			t.Fatal(err)
		}
		sigs = append(sigs, sig)
	}
	packed, signers, err := eip712.PackAttestations(digest, sigs)
	if err != nil {
		t.Fatal(err)
	}
	if len(packed) != 4*65 || len(signers) != 4 {
		t.Fatalf("packed %d bytes, %d signers", len(packed), len(signers))
	}
	for i := 1; i < len(signers); i++ {
		if bytes.Compare(signers[i-1][:], signers[i][:]) >= 0 {
			t.Fatalf("signers not sorted: %v", signers)
		}
		got, err := eip712.Recover(digest, packed[i*65:(i+1)*65])
		if err != nil || got != signers[i] {
			t.Fatalf("slot %d recovers %s, %v; want %s", i, got, err, signers[i])
		}
	}
	if _, _, err := eip712.PackAttestations(digest, [][]byte{sigs[0], sigs[0]}); !errors.Is(err, eip712.ErrDuplicateSigner) {
		t.Fatalf("duplicate: %v", err)
	}
	if _, _, err := eip712.PackAttestations(digest, [][]byte{sigs[0][:10]}); !errors.Is(err, eip712.ErrBadSignature) {
		t.Fatalf("malformed: %v", err)
	}
}
