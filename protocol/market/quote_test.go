package market

import (
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/protocol/eip712"
)

func TestQuoteRoundTripAndSizes(t *testing.T) {
	q := &eip712.Quote{Node: common.Address{1}, Requester: common.Address{2}, ProgramID: common.Hash{3}, InputDigest: common.Hash{4},
		Price: big.NewInt(5e9), ProvingDeadline: 6, Expiry: 7, Nonce: big.NewInt(8), Verifier: common.Address{9}, Callback: common.Address{10}}
	back, err := QuoteOf(q).EIP712()
	if err != nil || !reflect.DeepEqual(back, q) {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
	for name, edit := range map[string]func(*Quote){
		"short node":     func(p *Quote) { p.Node = p.Node[:19] },
		"long digest":    func(p *Quote) { p.InputDigest = append(p.InputDigest, 0) },
		"price > uint96": func(p *Quote) { p.Price = make([]byte, 13) },
		"nonce > 32":     func(p *Quote) { p.Nonce = make([]byte, 33) },
		"no callback":    func(p *Quote) { p.Callback = nil },
	} {
		p := QuoteOf(q)
		edit(p)
		if _, err := p.EIP712(); !errors.Is(err, ErrMalformedQuote) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := (*Quote)(nil).EIP712(); !errors.Is(err, ErrMalformedQuote) {
		t.Errorf("nil quote: %v", err)
	}
}
