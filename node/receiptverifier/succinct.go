package receiptverifier

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkpool/aoraki/chain/contracts/succinctverifier"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/protocol/eip712"
	"github.com/zkpool/aoraki/prover/aggregate"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
)

// SuccinctVerdict is the succinct verifier's judgement of a receipt
// (SuccinctVerifier.Verdict).
type SuccinctVerdict uint8

// Succinct verdicts, in the contract's order.
const (
	SuccinctValid SuccinctVerdict = iota
	SuccinctMalformed
	SuccinctWrongTask
	SuccinctEmpty
	SuccinctUnknownFamily
	SuccinctNotCanonical
	SuccinctInitialStateUnknown
	SuccinctInvalidSeal
)

var succinctVerdictNames = [...]string{"valid", "malformed proof bytes", "quote is not the task's", "no segments",
	"unknown family", "a statement value is not a field element", "initial state not fixed by the family", "invalid seal"}

func (v SuccinctVerdict) String() string {
	if int(v) < len(succinctVerdictNames) {
		return succinctVerdictNames[v]
	}
	return fmt.Sprintf("verdict(%d)", uint8(v))
}

// SuccinctFamily is a segment family whose succinct receipts the verifier
// checks: its leaf join key and the node join key (whose digests make the
// key set its trees' statements name) and the wrap key (the one key every
// succinct receipt's proof is under).
type SuccinctFamily struct {
	Name         string
	Initial      receipt.Digest
	InitialInput receipt.Digest
	LeafVK       groth16.VerifyingKey
	NodeVK       groth16.VerifyingKey
	WrapVK       groth16.VerifyingKey
}

// SuccinctClient talks to one deployed SuccinctVerifier.
type SuccinctClient struct {
	addr    common.Address
	abi     *succinctverifier.SuccinctVerifier
	backend ethereum.ContractCaller
	tx      *txmgr.Manager
}

// DeploySuccinct deploys a SuccinctVerifier bound to the Aoraki contract at
// aoraki; m's address becomes its owner. It returns a client sending from m.
func DeploySuccinct(ctx context.Context, backend ethereum.ContractCaller, m *txmgr.Manager, aoraki common.Address) (*SuccinctClient, *types.Receipt, error) {
	code := append(common.FromHex(succinctverifier.SuccinctVerifierMetaData.Bin), succinctverifier.NewSuccinctVerifier().PackConstructor(aoraki)...)
	rcpt, err := m.Transact(ctx, nil, nil, code)
	if err != nil {
		return nil, nil, decodeSuccinct(fmt.Errorf("deploy succinct verifier: %w", err))
	}
	c, err := NewSuccinct(backend, m, rcpt.ContractAddress)
	return c, rcpt, err
}

// NewSuccinct binds the succinct verifier at addr. tx may be nil for a
// read-only client.
func NewSuccinct(backend ethereum.ContractCaller, tx *txmgr.Manager, addr common.Address) (*SuccinctClient, error) {
	if backend == nil {
		return nil, fmt.Errorf("%w: nil backend", ErrInput)
	}
	return &SuccinctClient{addr: addr, abi: succinctverifier.NewSuccinctVerifier(), backend: backend, tx: tx}, nil
}

// Address is the verifier's address, to name in quotes.
func (c *SuccinctClient) Address() common.Address { return c.addr }

// Register registers a family (owner only, once): its wrap key's words
// (seal.SolidityJoinKey) and the key set digest its trees' statements name
// (aggregate.TreeKeys of the leaf and node join keys).
func (c *SuccinctClient) Register(ctx context.Context, f SuccinctFamily) (*types.Receipt, error) {
	if f.Name == "" {
		return nil, fmt.Errorf("%w: empty family name", ErrInput)
	}
	if f.Initial == (receipt.Digest{}) {
		return nil, fmt.Errorf("%w: family %q has no fixed initial state", ErrInput, f.Name)
	}
	for _, d := range []receipt.Digest{f.Initial, f.InitialInput} {
		if _, err := d.Element(); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrInput, err)
		}
	}
	wrap, err := seal.SolidityJoinKey(f.WrapVK)
	if err != nil {
		return nil, fmt.Errorf("%w: wrap key: %w", ErrInput, err)
	}
	ks, err := aggregate.TreeKeys(f.LeafVK, f.NodeVK)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	return c.RegisterWords(ctx, f.Name, ks, f.Initial, f.InitialInput, wrap)
}

// RegisterWords registers a family from its key set digest and its wrap
// key's words (seal.SolidityJoinKey).
func (c *SuccinctClient) RegisterWords(ctx context.Context, name string, keySet, initial, initialInput receipt.Digest,
	wrap [seal.JoinKeyWords]*big.Int) (*types.Receipt, error) {
	data, err := c.abi.TryPackRegisterFamily(name, keySet, initial, initialInput, wrap)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	if c.tx == nil {
		return nil, fmt.Errorf("%w: read-only client", ErrInput)
	}
	r, err := c.tx.Transact(ctx, &c.addr, nil, data)
	if err != nil {
		return nil, fmt.Errorf("register %q: %w", name, decodeSuccinct(err))
	}
	return r, nil
}

// SuccinctParts converts a succinct receipt to the contract's arguments:
// the family id, the seal's words, the pay word of its payees and
// aggregators (aggregate.PayChain: what the wrap states in the binding
// chain's place) and the segment count.
func SuccinctParts(r *aggregate.Receipt) (common.Hash, [12]*big.Int, *big.Int, uint64, error) {
	var words [12]*big.Int
	if r == nil || len(r.Payees) == 0 {
		return common.Hash{}, words, nil, 0, fmt.Errorf("%w: empty succinct receipt", ErrInput)
	}
	w, err := seal.SolidityProof(r.Seal)
	if err != nil {
		return common.Hash{}, words, nil, 0, fmt.Errorf("%w: %w", ErrInput, err)
	}
	if w.N != 1 {
		return common.Hash{}, words, nil, 0, fmt.Errorf("%w: join seal with %d commitments, want 1", ErrInput, w.N)
	}
	copy(words[:8], w.Proof[:])
	words[8], words[9], words[10], words[11] = w.Commitments[0], w.Commitments[1], w.Pok[0], w.Pok[1]
	b, err := aggregate.PayChain(r.Task, r.Payees, r.Aggregators)
	if err != nil {
		return common.Hash{}, words, nil, 0, fmt.Errorf("%w: %w", ErrInput, err)
	}
	return FamilyID(r.Family), words, new(big.Int).SetBytes(b[:]), uint64(len(r.Payees)), nil
}

// EncodeSuccinctProof is the proof bytes fulfill passes to the succinct
// verifier for the task that quote q opened: abi.encode(TaskQuote, family
// id, seal words, pay word, segment count), 25 words whatever
// the segment count.
func EncodeSuccinctProof(q eip712.Quote, r *aggregate.Receipt) ([]byte, error) {
	fam, words, bindOut, n, err := SuccinctParts(r)
	if err != nil {
		return nil, err
	}
	return EncodeSuccinctParts(q, fam, words, bindOut, n)
}

// EncodeSuccinctParts encodes already converted parts (tests use it to
// tamper).
func EncodeSuccinctParts(q eip712.Quote, family common.Hash, words [12]*big.Int, bindOut *big.Int, count uint64) ([]byte, error) {
	if err := q.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	call, err := succinctverifier.NewSuccinctVerifier().TryPackEncodeProof(succinctverifier.TaskQuote(QuoteArgs(q)), family, words, bindOut, new(big.Int).SetUint64(count))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	return call[4:], nil
}

// Check asks the contract for its verdict on proof for the task and result.
func (c *SuccinctClient) Check(ctx context.Context, taskID, result common.Hash, proof []byte) (SuccinctVerdict, error) {
	out, err := c.backend.CallContract(ctx, ethereum.CallMsg{To: &c.addr, Data: c.abi.PackCheck(taskID, result, proof)}, nil)
	if err != nil {
		return 0, decodeSuccinct(err)
	}
	v, err := c.abi.UnpackCheck(out)
	if err != nil {
		return 0, err
	}
	return SuccinctVerdict(v), nil
}

// decodeSuccinct turns revert data of the succinct verifier's custom
// errors into an error wrapping ErrReverted.
func decodeSuccinct(err error) error {
	return decodeWith(err, func(d []byte) (any, error) { return succinctverifier.NewSuccinctVerifier().UnpackError(d) }, ".SuccinctVerifier")
}
