package wire

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/protobuf/proto"
)

// Version is the envelope version this package writes and accepts.
const Version = 1

// DomainPrefix starts every signed envelope hash, so that an envelope
// signature can never be replayed as a transaction, an EIP-191 message or an
// EIP-712 typed-data signature (none of which start with these bytes).
const DomainPrefix = "\x19zkpool wire envelope v1\x00"

// Bounds on envelope fields.
const (
	MinNonce     = 8
	MaxNonce     = 32
	MaxTopicLen  = 256
	MaxKindLen   = 256
	SignatureLen = 65
)

var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// checkShape validates every field of e except the signature.
func checkShape(e *Envelope) error {
	switch {
	case e == nil:
		return fmt.Errorf("%w: nil envelope", ErrField)
	case e.Version != Version:
		return fmt.Errorf("%w: %d", ErrVersion, e.Version)
	case e.Topic == "" || len(e.Topic) > MaxTopicLen:
		return fmt.Errorf("%w: topic length %d", ErrField, len(e.Topic))
	case len(e.Sender) != common.AddressLength:
		return fmt.Errorf("%w: sender length %d", ErrField, len(e.Sender))
	case e.TimestampMs == 0:
		return fmt.Errorf("%w: zero timestamp", ErrField)
	case len(e.Nonce) < MinNonce || len(e.Nonce) > MaxNonce:
		return fmt.Errorf("%w: nonce length %d", ErrField, len(e.Nonce))
	case e.Kind == "" || len(e.Kind) > MaxKindLen:
		return fmt.Errorf("%w: kind length %d", ErrField, len(e.Kind))
	}
	return nil
}

// SigningHash is the Keccak-256 hash that the sender signs:
//
//	keccak256(DomainPrefix || u32(version) || lp(topic) || sender(20) ||
//	          u64(timestamp_ms) || lp(nonce) || lp(kind) || lp(payload))
//
// where u32/u64 are big-endian and lp(x) = u32(len(x)) || x.
func SigningHash(e *Envelope) ([32]byte, error) {
	if err := checkShape(e); err != nil {
		return [32]byte{}, err
	}
	var b bytes.Buffer
	b.Grow(len(DomainPrefix) + 64 + len(e.Topic) + len(e.Nonce) + len(e.Kind) + len(e.Payload))
	b.WriteString(DomainPrefix)
	putU32 := func(v uint32) { _ = binary.Write(&b, binary.BigEndian, v) }
	lp := func(x []byte) { putU32(uint32(len(x))); b.Write(x) }
	putU32(e.Version)
	lp([]byte(e.Topic))
	b.Write(e.Sender)
	_ = binary.Write(&b, binary.BigEndian, e.TimestampMs)
	lp(e.Nonce)
	lp([]byte(e.Kind))
	lp(e.Payload)
	var h [32]byte
	copy(h[:], crypto.Keccak256(b.Bytes()))
	return h, nil
}

// Seal sets e.Sender to the address of key and e.Signature to the
// signature of SigningHash(e). Every other field must already be set.
func Seal(e *Envelope, key *ecdsa.PrivateKey) error {
	if key == nil {
		return fmt.Errorf("%w: nil key", ErrField)
	}
	if e != nil {
		e.Sender = crypto.PubkeyToAddress(key.PublicKey).Bytes()
	}
	h, err := SigningHash(e)
	if err != nil {
		return err
	}
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrSignature, err)
	}
	e.Signature = sig
	return nil
}

// Open checks the shape of e and its signature, and returns the sender's
// address. High-S signatures are refused, so a signature has one form.
func Open(e *Envelope) (common.Address, error) {
	h, err := SigningHash(e)
	if err != nil {
		return common.Address{}, err
	}
	sig := e.Signature
	if len(sig) != SignatureLen {
		return common.Address{}, fmt.Errorf("%w: length %d", ErrSignature, len(sig))
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[64], r, s, true) || s.Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: values out of range", ErrSignature)
	}
	pub, err := crypto.SigToPub(h[:], sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrSignature, err)
	}
	addr := crypto.PubkeyToAddress(*pub)
	if !bytes.Equal(addr.Bytes(), e.Sender) {
		return common.Address{}, fmt.Errorf("%w: signed by %s, sender says %s", ErrSignature, addr, common.BytesToAddress(e.Sender))
	}
	return addr, nil
}

// Marshal encodes m canonically (fields in number order, no unknown
// fields kept from elsewhere).
func Marshal(m proto.Message) ([]byte, error) {
	b, err := proto.MarshalOptions{Deterministic: true}.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	return b, nil
}

// Unmarshal decodes data into m and accepts only the canonical encoding:
// no unknown fields, no repeated or reordered fields, no non-minimal
// varints. Anything else is ErrMalformed.
func Unmarshal(data []byte, m proto.Message) error {
	if err := (proto.UnmarshalOptions{DiscardUnknown: false}).Unmarshal(data, m); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if len(m.ProtoReflect().GetUnknown()) != 0 {
		return fmt.Errorf("%w: unknown fields", ErrMalformed)
	}
	again, err := Marshal(m)
	if err != nil {
		return err
	}
	if !bytes.Equal(again, data) {
		return fmt.Errorf("%w: not the canonical encoding", ErrMalformed)
	}
	return nil
}

// DecodeEnvelope decodes a canonical envelope and checks its shape; it
// does not check the signature (see Open).
func DecodeEnvelope(data []byte) (*Envelope, error) {
	e := new(Envelope)
	if err := Unmarshal(data, e); err != nil {
		return nil, err
	}
	if err := checkShape(e); err != nil {
		return nil, err
	}
	return e, nil
}
