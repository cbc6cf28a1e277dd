package eip712

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Type strings, as in Aoraki.sol.
const (
	DomainType      = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	QuoteType       = "Quote(address node,address requester,bytes32 programId,bytes32 inputDigest,uint96 price,uint64 provingDeadline,uint64 expiry,uint256 nonce,address verifier,address callback)"
	AttestationType = "Attestation(bytes32 taskId,bytes32 resultDigest,bytes32 receiptDigest,bytes32 payoutsHash)"

	// AorakiName and AorakiVersion are the domain name and version of the Aoraki contract.
	AorakiName    = "Aoraki"
	AorakiVersion = "1"

	// SignatureLength is the length of an (r, s, v) signature.
	SignatureLength = 65
)

var (
	domainTypeHash      = crypto.Keccak256Hash([]byte(DomainType))
	quoteTypeHash       = crypto.Keccak256Hash([]byte(QuoteType))
	attestationTypeHash = crypto.Keccak256Hash([]byte(AttestationType))

	secp256k1N     = crypto.S256().Params().N
	secp256k1HalfN = new(big.Int).Rsh(secp256k1N, 1)
	maxUint96      = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	maxUint256     = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
)

// QuoteTypeHash is keccak256 of QuoteType.
func QuoteTypeHash() common.Hash { return quoteTypeHash }

// AttestationTypeHash is keccak256 of AttestationType.
func AttestationTypeHash() common.Hash { return attestationTypeHash }

// Domain is an EIP-712 domain with the four fields the Aoraki contract uses.
type Domain struct {
	Name              string
	Version           string
	ChainID           *big.Int
	VerifyingContract common.Address
}

// AorakiDomain is the domain of the Aoraki contract at address on chain chainID.
func AorakiDomain(chainID *big.Int, contract common.Address) Domain {
	return Domain{Name: AorakiName, Version: AorakiVersion, ChainID: new(big.Int).Set(chainID), VerifyingContract: contract}
}

// Validate checks that the domain has a name, a version and a positive chain id.
func (d Domain) Validate() error {
	if d.Name == "" || d.Version == "" {
		return fmt.Errorf("%w: name and version are required", ErrInvalidDomain)
	}
	if d.ChainID == nil || d.ChainID.Sign() <= 0 || d.ChainID.Cmp(maxUint256) > 0 {
		return fmt.Errorf("%w: chain id must be a positive uint256", ErrInvalidDomain)
	}
	return nil
}

// Separator is the domain separator hashStruct(domain).
func (d Domain) Separator() (common.Hash, error) {
	if err := d.Validate(); err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(d.Name)),
		crypto.Keccak256([]byte(d.Version)),
		common.LeftPadBytes(d.ChainID.Bytes(), 32),
		common.LeftPadBytes(d.VerifyingContract[:], 32),
	), nil
}

// TypedDigest is keccak256("\x19\x01" ‖ domainSeparator ‖ structHash).
func (d Domain) TypedDigest(structHash common.Hash) (common.Hash, error) {
	sep, err := d.Separator()
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:]), nil
}

// Quote is a node's signed offer to prove a program on an input for a price.
type Quote struct {
	Node            common.Address
	Requester       common.Address
	ProgramID       common.Hash
	InputDigest     common.Hash    // the task input digest (prover/task.Task.InputDigest)
	Price           *big.Int       // wei, at most 2^96-1
	ProvingDeadline uint64         // unix seconds
	Expiry          uint64         // unix seconds: the quote must be submitted by then
	Nonce           *big.Int       // unique per node
	Verifier        common.Address // optional requester verifier contract (zero: none)
	Callback        common.Address // optional requester callback contract (zero: none)
}

// Validate checks the numeric fields' ranges.
func (q *Quote) Validate() error {
	if q.Price == nil || q.Price.Sign() < 0 || q.Price.Cmp(maxUint96) > 0 {
		return fmt.Errorf("%w: price must be in [0, 2^96)", ErrFieldRange)
	}
	if q.Nonce == nil || q.Nonce.Sign() < 0 || q.Nonce.Cmp(maxUint256) > 0 {
		return fmt.Errorf("%w: nonce must be a uint256", ErrFieldRange)
	}
	return nil
}

// StructHash is hashStruct(quote).
func (q *Quote) StructHash() (common.Hash, error) {
	if err := q.Validate(); err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(
		quoteTypeHash[:],
		word(q.Node[:]),
		word(q.Requester[:]),
		q.ProgramID[:],
		q.InputDigest[:],
		word(q.Price.Bytes()),
		word(new(big.Int).SetUint64(q.ProvingDeadline).Bytes()),
		word(new(big.Int).SetUint64(q.Expiry).Bytes()),
		word(q.Nonce.Bytes()),
		word(q.Verifier[:]),
		word(q.Callback[:]),
	), nil
}

// Digest is the EIP-712 digest of the quote in domain d: the id of the task it opens.
func (q *Quote) Digest(d Domain) (common.Hash, error) {
	sh, err := q.StructHash()
	if err != nil {
		return common.Hash{}, err
	}
	return d.TypedDigest(sh)
}

// Sign signs the quote's digest with key, returning the digest and the 65-byte signature.
func (q *Quote) Sign(d Domain, key *ecdsa.PrivateKey) (common.Hash, []byte, error) {
	digest, err := q.Digest(d)
	if err != nil {
		return common.Hash{}, nil, err
	}
	sig, err := Sign(digest, key)
	return digest, sig, err
}

// Attestation is a verifier's statement that a task's result, receipt and payouts are correct.
type Attestation struct {
	TaskID        common.Hash
	ResultDigest  common.Hash
	ReceiptDigest common.Hash // sha2-256 of the composite receipt blob
	PayoutsHash   common.Hash // see PayoutsHash
}

// StructHash is hashStruct(attestation).
func (a *Attestation) StructHash() common.Hash {
	return crypto.Keccak256Hash(attestationTypeHash[:], a.TaskID[:], a.ResultDigest[:], a.ReceiptDigest[:], a.PayoutsHash[:])
}

// Digest is the EIP-712 digest of the attestation in domain d.
func (a *Attestation) Digest(d Domain) (common.Hash, error) {
	return d.TypedDigest(a.StructHash())
}

// Sign signs the attestation's digest with key.
func (a *Attestation) Sign(d Domain, key *ecdsa.PrivateKey) ([]byte, error) {
	digest, err := a.Digest(d)
	if err != nil {
		return nil, err
	}
	return Sign(digest, key)
}

// Payout is one credit of a task's price to a pull-payment balance.
type Payout struct {
	To     common.Address
	Amount *big.Int // wei, at most 2^96-1
}

// PayoutsHash is keccak256 over the payouts, each as two 32-byte words (to, amount).
func PayoutsHash(payouts []Payout) (common.Hash, error) {
	buf := make([]byte, 0, 64*len(payouts))
	for i, p := range payouts {
		if p.Amount == nil || p.Amount.Sign() < 0 || p.Amount.Cmp(maxUint96) > 0 {
			return common.Hash{}, fmt.Errorf("%w: payout %d amount must be in [0, 2^96)", ErrFieldRange, i)
		}
		buf = append(buf, word(p.To[:])...)
		buf = append(buf, word(p.Amount.Bytes())...)
	}
	return crypto.Keccak256Hash(buf), nil
}

// Sign signs a digest with key, returning r ‖ s ‖ v with v in {27, 28} and a low s.
func Sign(digest common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	if key == nil {
		return nil, fmt.Errorf("eip712: nil signing key")
	}
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("eip712: sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// Recover returns the address that signed digest, refusing what the contract refuses:
// a length other than 65, v outside {0, 1, 27, 28}, s above secp256k1n/2, or no recovery.
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != SignatureLength {
		return common.Address{}, fmt.Errorf("%w: length %d, want %d", ErrBadSignature, len(sig), SignatureLength)
	}
	v := sig[64]
	if v < 27 {
		v += 27
	}
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: v = %d", ErrBadSignature, sig[64])
	}
	s := new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: high s", ErrBadSignature)
	}
	norm := make([]byte, SignatureLength)
	copy(norm, sig)
	norm[64] = v - 27
	pub, err := crypto.SigToPub(digest[:], norm)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// SignedAttestation is one verifier's signature over an attestation digest.
type SignedAttestation struct {
	Signer    common.Address
	Signature []byte
}

// PackAttestations recovers the signer of each signature over digest, sorts them by signer
// and concatenates them in the layout fulfill expects. Duplicate signers are an error.
func PackAttestations(digest common.Hash, sigs [][]byte) ([]byte, []common.Address, error) {
	signed := make([]SignedAttestation, 0, len(sigs))
	for i, sig := range sigs {
		signer, err := Recover(digest, sig)
		if err != nil {
			return nil, nil, fmt.Errorf("attestation %d: %w", i, err)
		}
		signed = append(signed, SignedAttestation{Signer: signer, Signature: sig})
	}
	sort.Slice(signed, func(i, j int) bool { return bytes.Compare(signed[i].Signer[:], signed[j].Signer[:]) < 0 })
	out := make([]byte, 0, SignatureLength*len(signed))
	signers := make([]common.Address, 0, len(signed))
	for i, s := range signed {
		if i > 0 && s.Signer == signed[i-1].Signer {
			return nil, nil, fmt.Errorf("%w: %s", ErrDuplicateSigner, s.Signer)
		}
		out = append(out, s.Signature...)
		signers = append(signers, s.Signer)
	}
	return out, signers, nil
}

func word(b []byte) []byte { return common.LeftPadBytes(b, 32) }
