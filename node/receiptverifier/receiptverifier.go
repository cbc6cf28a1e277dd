package receiptverifier

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/protocol/eip712"
	"github.com/zkpool/aoraki/prover/programs"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
)

// Verdict is the contract's judgement of a receipt (ReceiptVerifier.Verdict).
type Verdict uint8

// Verdicts, in the contract's order.
const (
	Valid Verdict = iota
	Malformed
	WrongTask
	Empty
	UnknownFamily
	MixedFamilies
	WrongProgram
	InitialStateUnknown
	WrongInitialState
	BrokenChain
	WrongFinalState
	InvalidSeal
	WrongInput
)

var verdictNames = [...]string{"valid", "malformed proof bytes", "quote is not the task's", "no segments",
	"unknown family", "segments of several families", "segment proves another program",
	"initial state neither fixed by the family nor pinned", "wrong initial state", "broken state chain",
	"last state is not the result", "invalid seal", "input chain does not end at the quote's input digest"}

func (v Verdict) String() string {
	if int(v) < len(verdictNames) {
		return verdictNames[v]
	}
	return fmt.Sprintf("verdict(%d)", uint8(v))
}

// FamilyID is the id of a circuit family in receipts and registrations:
// keccak256 of its name.
func FamilyID(name string) common.Hash { return crypto.Keccak256Hash([]byte(name)) }

// FixedInitialState is the state every task of the family starts from, for
// the shipped programs whose initial state does not depend on the input
// (dtree). ok is false when the requester must pin it per task (hashchain).
func FixedInitialState(family string) (state receipt.Digest, ok bool) {
	p, _, err := programs.OfFamily(family)
	if err != nil {
		return receipt.Digest{}, false
	}
	return p.FixedInitial()
}

// FixedInitialInput is where every task's input chain starts, for families
// whose input chain reads the input (dtree); ok is false when the chain is
// the constant input digest (hashchain), registered as zero.
func FixedInitialInput(family string) (input receipt.Digest, ok bool) {
	return FixedInitialState(family) // the registry's programs start both chains at one digest
}

// QuoteArgs converts a quote to the contract's TaskQuote.
func QuoteArgs(q eip712.Quote) contracts.TaskQuote {
	return contracts.TaskQuote{Node: q.Node, Requester: q.Requester, ProgramId: q.ProgramID, InputDigest: q.InputDigest,
		Price: q.Price, ProvingDeadline: q.ProvingDeadline, Expiry: q.Expiry, Nonce: q.Nonce, Verifier: q.Verifier,
		Callback: q.Callback}
}

// Segments converts a composite receipt's segments to the contract's form.
func Segments(r *receipt.CompositeReceipt) ([]contracts.ReceiptSegment, error) {
	if r == nil || len(r.Segments) == 0 {
		return nil, fmt.Errorf("%w: empty receipt", ErrInput)
	}
	out := make([]contracts.ReceiptSegment, len(r.Segments))
	for i, s := range r.Segments {
		if s.Task != r.Task {
			return nil, fmt.Errorf("%w: segment %d is bound to another task", ErrInput, i)
		}
		price := s.Price
		if price == nil {
			price = new(big.Int)
		}
		if price.Sign() < 0 || price.BitLen() > 8*receipt.PriceBytes {
			return nil, fmt.Errorf("%w: segment %d: price %s is not a uint96", ErrInput, i, price)
		}
		w, err := seal.SolidityProof(s.Seal)
		if err != nil {
			return nil, fmt.Errorf("%w: segment %d: %w", ErrInput, i, err)
		}
		out[i] = contracts.ReceiptSegment{Family: FamilyID(s.Claim.Family), ProgramId: s.Claim.ProgramID,
			StateIn: s.Claim.StateIn, StateOut: s.Claim.StateOut, InputIn: s.Claim.InputIn, InputOut: s.Claim.InputOut,
			Prover: common.Address(s.Prover), Price: price, Proof: w.Proof, Commitments: w.Commitments, CommitmentPok: w.Pok}
	}
	return out, nil
}

// EncodeProof is the proof bytes fulfill passes to the verifier for the task
// that quote q opened: abi.encode(TaskQuote, ReceiptSegment[]).
func EncodeProof(q eip712.Quote, r *receipt.CompositeReceipt) ([]byte, error) {
	segs, err := Segments(r)
	if err != nil {
		return nil, err
	}
	return EncodeSegments(q, segs)
}

// EncodeSegments encodes already converted segments (tests use it to tamper).
func EncodeSegments(q eip712.Quote, segs []contracts.ReceiptSegment) ([]byte, error) {
	if err := q.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	call, err := contracts.NewReceiptVerifier().TryPackEncodeProof(QuoteArgs(q), segs)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	return call[4:], nil // the arguments of encodeProof are abi.encode(quote, segments)
}

// Deploy deploys a ReceiptVerifier bound to the Aoraki contract at aoraki;
// m's address becomes its owner.
func Deploy(ctx context.Context, m *txmgr.Manager, aoraki common.Address) (common.Address, *types.Receipt, error) {
	code := append(common.FromHex(contracts.ReceiptVerifierMetaData.Bin), contracts.NewReceiptVerifier().PackConstructor(aoraki)...)
	rcpt, err := m.Transact(ctx, nil, nil, code)
	if err != nil {
		return common.Address{}, nil, decode(fmt.Errorf("deploy receipt verifier: %w", err))
	}
	return rcpt.ContractAddress, rcpt, nil
}

// Family is a circuit family to register.
type Family struct {
	Name string
	// Initial is the fixed initial state, or zero when requesters pin it per task.
	Initial receipt.Digest
	// InitialInput is the fixed start of the input chain, or zero when the
	// chain is the task's constant input digest.
	InitialInput receipt.Digest
	VK           groth16.VerifyingKey
}

// Keys gives trusted verifying keys by family name (a *setup.Store does).
type Keys = receipt.Keys

// DeployFor deploys a verifier for aoraki and registers the named families
// with their keys from keys and FixedInitialState: what a network's deploy
// runs after its setup. It returns a client sending from m.
func DeployFor(ctx context.Context, backend ethereum.ContractCaller, m *txmgr.Manager, aoraki common.Address,
	keys Keys, names []string) (*Client, error) {
	fams := make([]Family, len(names))
	for i, n := range names {
		vk, err := keys.VerifyingKey(n)
		if err != nil {
			return nil, fmt.Errorf("family %q: %w", n, err)
		}
		init, _ := FixedInitialState(n)
		input, _ := FixedInitialInput(n)
		fams[i] = Family{Name: n, Initial: init, InitialInput: input, VK: vk}
	}
	addr, _, err := Deploy(ctx, m, aoraki)
	if err != nil {
		return nil, err
	}
	c, err := New(backend, m, addr)
	if err != nil {
		return nil, err
	}
	for _, f := range fams {
		if _, err := c.Register(ctx, f); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Client talks to one deployed ReceiptVerifier.
type Client struct {
	addr    common.Address
	abi     *contracts.ReceiptVerifier
	backend ethereum.ContractCaller
	tx      *txmgr.Manager
}

// New binds the verifier at addr. tx may be nil for a read-only client.
func New(backend ethereum.ContractCaller, tx *txmgr.Manager, addr common.Address) (*Client, error) {
	if backend == nil {
		return nil, fmt.Errorf("%w: nil backend", ErrInput)
	}
	return &Client{addr: addr, abi: contracts.NewReceiptVerifier(), backend: backend, tx: tx}, nil
}

// Address is the verifier's address, to name in quotes.
func (c *Client) Address() common.Address { return c.addr }

func (c *Client) send(ctx context.Context, data []byte) (*types.Receipt, error) {
	if c.tx == nil {
		return nil, fmt.Errorf("%w: read-only client", ErrInput)
	}
	r, err := c.tx.Transact(ctx, &c.addr, nil, data)
	return r, decode(err)
}

func (c *Client) call(ctx context.Context, data []byte) ([]byte, error) {
	out, err := c.backend.CallContract(ctx, ethereum.CallMsg{To: &c.addr, Data: data}, nil)
	return out, decode(err)
}

// Register registers a family's verifying key (owner only, once).
func (c *Client) Register(ctx context.Context, f Family) (*types.Receipt, error) {
	key, err := seal.SolidityKey(f.VK)
	if err != nil {
		return nil, fmt.Errorf("%w: family %q: %w", ErrInput, f.Name, err)
	}
	return c.RegisterKey(ctx, f.Name, f.Initial, f.InitialInput, key)
}

// RegisterKey registers a family from its key words (seal.SolidityKey).
func (c *Client) RegisterKey(ctx context.Context, name string, initial, initialInput receipt.Digest, key [seal.KeyWords]*big.Int) (*types.Receipt, error) {
	if name == "" {
		return nil, fmt.Errorf("%w: empty family name", ErrInput)
	}
	for _, d := range []receipt.Digest{initial, initialInput} {
		if d != (receipt.Digest{}) {
			if _, err := d.Element(); err != nil {
				return nil, fmt.Errorf("%w: %w", ErrInput, err)
			}
		}
	}
	data, err := c.abi.TryPackRegisterFamily(name, initial, initialInput, key)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	r, err := c.send(ctx, data)
	if err != nil {
		return nil, fmt.Errorf("register %q: %w", name, err)
	}
	return r, nil
}

// PinInitialState pins the initial state of the task quote q opens; only its
// requester may, once. Pin before submitting the task.
func (c *Client) PinInitialState(ctx context.Context, q eip712.Quote, initial receipt.Digest) (*types.Receipt, error) {
	if err := q.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	if _, err := initial.Element(); err != nil || initial == (receipt.Digest{}) {
		return nil, fmt.Errorf("%w: initial state %s", ErrInput, initial)
	}
	data, err := c.abi.TryPackPinInitialState(QuoteArgs(q), initial)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	return c.send(ctx, data)
}

// Registration is what the verifier holds for a family.
type Registration struct {
	Registered bool
	// Initial is the fixed initial state, zero when pinned per task.
	Initial receipt.Digest
	// InitialInput is the fixed start of the input chain, zero when the
	// chain is the quote's input digest throughout.
	InitialInput receipt.Digest
}

// Registered reports whether a family is registered, with its fixed
// initial state and initial input.
func (c *Client) Registered(ctx context.Context, name string) (Registration, error) {
	out, err := c.call(ctx, c.abi.PackFamilies(FamilyID(name)))
	if err != nil {
		return Registration{}, err
	}
	f, err := c.abi.UnpackFamilies(out)
	if err != nil {
		return Registration{}, err
	}
	return Registration{Registered: f.Keys != (common.Address{}), Initial: f.InitialState, InitialInput: f.InitialInput}, nil
}

// PinnedInitialState is the initial state pinned for a task (zero when none).
func (c *Client) PinnedInitialState(ctx context.Context, taskID common.Hash) (receipt.Digest, error) {
	out, err := c.call(ctx, c.abi.PackPinnedInitialState(taskID))
	if err != nil {
		return receipt.Digest{}, err
	}
	d, err := c.abi.UnpackPinnedInitialState(out)
	return receipt.Digest(d), err
}

// Check asks the contract for its verdict on proof for the task and result,
// and the segment the verdict concerns.
func (c *Client) Check(ctx context.Context, taskID, result common.Hash, proof []byte) (Verdict, int, error) {
	out, err := c.call(ctx, c.abi.PackCheck(taskID, result, proof))
	if err != nil {
		return 0, 0, err
	}
	res, err := c.abi.UnpackCheck(out)
	if err != nil {
		return 0, 0, err
	}
	return Verdict(res.Verdict), int(res.Segment.Int64()), nil
}

// Verify is verifyReceipt, as Aoraki calls it.
func (c *Client) Verify(ctx context.Context, taskID, result common.Hash, proof []byte) (bool, error) {
	out, err := c.call(ctx, c.abi.PackVerifyReceipt(taskID, result, proof))
	if err != nil {
		return false, err
	}
	return c.abi.UnpackVerifyReceipt(out)
}

// decode turns revert data of the verifier's custom errors into an error
// wrapping ErrReverted that names the error and its arguments.
func decode(err error) error {
	return decodeWith(err, func(d []byte) (any, error) { return contracts.NewReceiptVerifier().UnpackError(d) }, ".ReceiptVerifier")
}

// decodeWith decodes revert data with unpack, the binding's UnpackError,
// whose error types are named prefix+Name.
func decodeWith(err error, unpack func([]byte) (any, error), prefix string) error {
	if err == nil {
		return nil
	}
	data, ok := contracts.RevertData(err)
	if !ok {
		return err
	}
	v, uerr := unpack(data)
	if uerr != nil {
		return err
	}
	name := fmt.Sprintf("%T", v)
	name = name[strings.LastIndex(name, prefix)+len(prefix):]
	return fmt.Errorf("%w: %s%s", ErrReverted, name, strings.TrimPrefix(fmt.Sprintf("%+v", v), "&"))
}
