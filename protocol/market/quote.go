package market

import (
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/protocol/eip712"
)

// DefaultProvingDeadline is the proving deadline a node gives a quote
// request that names none (QuoteRequest.proving_deadline 0).
const DefaultProvingDeadline = 10 * time.Minute

// ErrMalformedQuote reports a wire quote whose fields have the wrong sizes.
var ErrMalformedQuote = errors.New("market: malformed quote")

// QuoteOf is the wire form of a signed quote's typed data.
func QuoteOf(q *eip712.Quote) *Quote {
	return &Quote{Node: q.Node[:], Requester: q.Requester[:], ProgramId: q.ProgramID[:], InputDigest: q.InputDigest[:],
		Price: q.Price.Bytes(), ProvingDeadline: q.ProvingDeadline, Expiry: q.Expiry, Nonce: q.Nonce.Bytes(),
		Verifier: q.Verifier[:], Callback: q.Callback[:]}
}

// EIP712 is the typed data of a wire quote, whose every field is checked
// for size first (a price is a uint96, a nonce a uint256).
func (p *Quote) EIP712() (*eip712.Quote, error) {
	if p == nil || len(p.Node) != 20 || len(p.Requester) != 20 || len(p.ProgramId) != 32 || len(p.InputDigest) != 32 ||
		len(p.Verifier) != 20 || len(p.Callback) != 20 || len(p.Price) > 12 || len(p.Nonce) > 32 {
		return nil, ErrMalformedQuote
	}
	return &eip712.Quote{Node: common.Address(p.Node), Requester: common.Address(p.Requester), ProgramID: common.Hash(p.ProgramId),
		InputDigest: common.Hash(p.InputDigest), Price: new(big.Int).SetBytes(p.Price), ProvingDeadline: p.ProvingDeadline,
		Expiry: p.Expiry, Nonce: new(big.Int).SetBytes(p.Nonce), Verifier: common.Address(p.Verifier), Callback: common.Address(p.Callback)}, nil
}
