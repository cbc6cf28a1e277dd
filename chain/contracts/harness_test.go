package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/protocol/eip712"
)

var (
	ether      = big.NewInt(params.Ether)
	minStake   = new(big.Int).Set(ether)                  // 1 ether
	slashBps   = uint16(10_000)                           // a refund slashes 1x the price
	taskPrice  = new(big.Int).Div(ether, big.NewInt(100)) // 0.01 ether
	slash      = new(big.Int).Set(taskPrice)              // what a refund of a taskPrice task slashes
	cbGas      = uint32(100_000)
	delay      = uint64(3600)
	provingFor = uint64(600)
)

// Dev key roles in the fixture.
const (
	keyDeployer  = 0
	keyRequester = 1
	keyNode0     = 2 // keyNode0 .. keyNode0+nodes-1 are registered nodes
	keyOutsider  = 9
)

type fixture struct {
	t       testing.TB
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	ab      *contracts.Aoraki
	addr    common.Address
	inst    *bind.BoundContract
	domain  eip712.Domain
	nodes   int
	nonce   int64
}

func newFixture(t testing.TB, nodes int) *fixture {
	return newFixtureWithBalance(t, nodes, devchain.DevBalance())
}

func newFixtureWithBalance(t testing.TB, nodes int, balance *big.Int) *fixture {
	return newFixtureWith(t, nodes, balance, slashBps, delay)
}

// newFixtureWith deploys with the given slash (basis points of the price) and deregistration delay;
// a nil balance is devchain.DevBalance().
func newFixtureWith(t testing.TB, nodes int, balance *big.Int, bps uint16, deregDelay uint64) *fixture {
	t.Helper()
	if balance == nil {
		balance = devchain.DevBalance()
	}
	sim := simulated.NewBackend(devchain.DevAlloc(12, balance), devchain.SimulatedOsaka())
	t.Cleanup(func() { _ = sim.Close() })
	f := &fixture{t: t, sim: sim, client: sim.Client(), chainID: big.NewInt(devchain.DefaultChainID), ab: contracts.NewAoraki(), nodes: nodes}
	f.addr = f.deploy(keyDeployer, common.FromHex(contracts.AorakiMetaData.Bin),
		f.ab.PackConstructor(minStake, bps, deregDelay, cbGas, 2, 3))
	f.inst = f.ab.Instance(f.client, f.addr)
	f.domain = eip712.AorakiDomain(f.chainID, f.addr)
	for i := 0; i < nodes; i++ {
		f.mustSend(keyNode0+i, f.addr, minStake, f.ab.PackRegisterNode())
	}
	return f
}

func key(i int) *ecdsa.PrivateKey  { return devchain.DevKey(i) }
func address(i int) common.Address { return devchain.DevAddress(i) }

// deploy sends a contract creation and returns the new address.
func (f *fixture) deploy(from int, code, args []byte) common.Address {
	f.t.Helper()
	rcpt, err := f.send(from, nil, nil, append(append([]byte{}, code...), args...))
	if err != nil {
		f.t.Fatalf("deploy: %v", err)
	}
	return rcpt.ContractAddress
}

// send estimates, signs and sends a transaction, mines it and returns its
// receipt. Reverts come back as *contracts.RevertError.
func (f *fixture) send(from int, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	return f.sendGas(from, to, value, data, 0)
}

func (f *fixture) sendGas(from int, to *common.Address, value *big.Int, data []byte, gas uint64) (*types.Receipt, error) {
	f.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	k := key(from)
	sender := crypto.PubkeyToAddress(k.PublicKey)
	if value == nil {
		value = new(big.Int)
	}
	msg := ethereum.CallMsg{From: sender, To: to, Value: value, Data: data}
	if gas == 0 {
		est, err := f.client.EstimateGas(ctx, msg)
		if err != nil {
			return nil, contracts.DecodeError(err)
		}
		gas = est
	}
	nonce, err := f.client.PendingNonceAt(ctx, sender)
	if err != nil {
		f.t.Fatal(err)
	}
	head, err := f.client.HeaderByNumber(ctx, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: f.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Value: value, Data: data})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(f.chainID), k)
	if err != nil {
		f.t.Fatal(err)
	}
	if err := f.client.SendTransaction(ctx, signed); err != nil {
		return nil, contracts.DecodeError(err)
	}
	f.sim.Commit()
	rcpt, err := f.client.TransactionReceipt(ctx, signed.Hash())
	if err != nil {
		f.t.Fatalf("receipt: %v", err)
	}
	return rcpt, nil
}

func (f *fixture) mustSend(from int, to common.Address, value *big.Int, data []byte) *types.Receipt {
	f.t.Helper()
	rcpt, err := f.send(from, &to, value, data)
	if err != nil {
		f.t.Fatalf("send: %v", err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		f.t.Fatalf("transaction failed on chain: %+v", rcpt)
	}
	return rcpt
}

// tx sends a call to Aoraki.
func (f *fixture) tx(from int, value *big.Int, data []byte) (*types.Receipt, error) {
	f.t.Helper()
	return f.send(from, &f.addr, value, data)
}

// expectRevert checks that err is the Aoraki custom error name.
func expectRevert(t testing.TB, err error, name string) *contracts.RevertError {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want revert %s", name)
	}
	re, ok := err.(*contracts.RevertError)
	if !ok || re.Name != name {
		t.Fatalf("got %v, want revert %s", err, name)
	}
	revertsSeenMu.Lock()
	revertsSeen[name] = true
	revertsSeenMu.Unlock()
	return re
}

func (f *fixture) now() uint64 {
	f.t.Helper()
	h, err := f.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return h.Time
}

// advance moves chain time forward by d seconds with an empty block.
func (f *fixture) advance(d uint64) {
	f.t.Helper()
	if err := f.sim.AdjustTime(time.Duration(d) * time.Second); err != nil {
		f.t.Fatal(err)
	}
}

// quote returns a fresh quote from node idx (fixture index) to the requester.
func (f *fixture) quote(node int) eip712.Quote {
	f.nonce++
	now := f.now()
	return eip712.Quote{
		Node:            address(keyNode0 + node),
		Requester:       address(keyRequester),
		ProgramID:       crypto.Keccak256Hash([]byte("dtree")),
		InputDigest:     crypto.Keccak256Hash([]byte("input"), big.NewInt(f.nonce).Bytes()),
		Price:           new(big.Int).Set(taskPrice),
		ProvingDeadline: now + provingFor,
		Expiry:          now + 300,
		Nonce:           big.NewInt(f.nonce),
	}
}

func (f *fixture) sign(q eip712.Quote, signer int) (common.Hash, []byte) {
	f.t.Helper()
	digest, sig, err := q.Sign(f.domain, key(signer))
	if err != nil {
		f.t.Fatal(err)
	}
	return digest, sig
}

func toContractQuote(q eip712.Quote) contracts.AorakiQuote {
	return contracts.AorakiQuote{
		Node: q.Node, Requester: q.Requester, ProgramId: q.ProgramID, InputDigest: q.InputDigest,
		Price: q.Price, ProvingDeadline: q.ProvingDeadline, Expiry: q.Expiry, Nonce: q.Nonce,
		Verifier: q.Verifier, Callback: q.Callback,
	}
}

// submit signs q by its node and submits it, paying the price.
func (f *fixture) submit(q eip712.Quote) (common.Hash, *types.Receipt, error) {
	f.t.Helper()
	node := -1
	for i := 0; i < 12; i++ {
		if address(i) == q.Node {
			node = i
		}
	}
	if node < 0 {
		f.t.Fatalf("quote node %s is not a dev key", q.Node)
	}
	id, sig := f.sign(q, node)
	rcpt, err := f.tx(keyRequester, q.Price, f.ab.PackSubmitTask(toContractQuote(q), sig))
	return id, rcpt, err
}

func (f *fixture) mustSubmit(q eip712.Quote) common.Hash {
	f.t.Helper()
	id, _, err := f.submit(q)
	if err != nil {
		f.t.Fatalf("submitTask: %v", err)
	}
	return id
}

// result is what a node hands to fulfill.
type result struct {
	taskID, resultDigest, receiptDigest common.Hash
	payouts                             []eip712.Payout
	proof                               []byte
}

func (f *fixture) newResult(taskID common.Hash, payouts []eip712.Payout) result {
	return result{
		taskID:        taskID,
		resultDigest:  crypto.Keccak256Hash([]byte("result"), taskID[:]),
		receiptDigest: crypto.Keccak256Hash([]byte("receipt"), taskID[:]),
		payouts:       payouts,
	}
}

// standardPayouts: three provers and the node, summing to 90% of the price.
func standardPayouts(node common.Address) []eip712.Payout {
	unit := new(big.Int).Div(taskPrice, big.NewInt(10))
	return []eip712.Payout{
		{To: common.HexToAddress("0xA1"), Amount: new(big.Int).Mul(unit, big.NewInt(2))},
		{To: common.HexToAddress("0xA2"), Amount: new(big.Int).Mul(unit, big.NewInt(2))},
		{To: common.HexToAddress("0xA3"), Amount: new(big.Int).Mul(unit, big.NewInt(2))},
		{To: node, Amount: new(big.Int).Mul(unit, big.NewInt(3))},
	}
}

func (r result) attestation(t testing.TB) eip712.Attestation {
	ph, err := eip712.PayoutsHash(r.payouts)
	if err != nil {
		t.Fatal(err)
	}
	return eip712.Attestation{TaskID: r.taskID, ResultDigest: r.resultDigest, ReceiptDigest: r.receiptDigest, PayoutsHash: ph}
}

// signatures returns the raw attestation signatures of the given dev keys, in that order.
func (f *fixture) signatures(r result, signers ...int) [][]byte {
	f.t.Helper()
	a := r.attestation(f.t)
	var out [][]byte
	for _, s := range signers {
		sig, err := a.Sign(f.domain, key(s))
		if err != nil {
			f.t.Fatal(err)
		}
		out = append(out, sig)
	}
	return out
}

// sorted packs signatures in signer order, as fulfill wants them.
func (f *fixture) sorted(r result, signers ...int) []byte {
	f.t.Helper()
	a := r.attestation(f.t)
	digest, err := a.Digest(f.domain)
	if err != nil {
		f.t.Fatal(err)
	}
	packed, _, err := eip712.PackAttestations(digest, f.signatures(r, signers...))
	if err != nil {
		f.t.Fatal(err)
	}
	return packed
}

func toContractPayouts(ps []eip712.Payout) []contracts.AorakiPayout {
	out := make([]contracts.AorakiPayout, len(ps))
	for i, p := range ps {
		out[i] = contracts.AorakiPayout{To: p.To, Amount: p.Amount}
	}
	return out
}

func (f *fixture) fulfill(from int, r result, attestations []byte) (*types.Receipt, error) {
	f.t.Helper()
	return f.tx(from, nil, f.ab.PackFulfill(r.taskID, r.resultDigest, r.receiptDigest, toContractPayouts(r.payouts), attestations, r.proof))
}

// views

func (f *fixture) balance(a common.Address) *big.Int {
	f.t.Helper()
	v, err := bind.Call(f.inst, nil, f.ab.PackBalances(a), f.ab.UnpackBalances)
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

func (f *fixture) task(id common.Hash) contracts.TasksOutput {
	f.t.Helper()
	v, err := bind.Call(f.inst, nil, f.ab.PackTasks(id), f.ab.UnpackTasks)
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

func (f *fixture) node(a common.Address) contracts.NodesOutput {
	f.t.Helper()
	v, err := bind.Call(f.inst, nil, f.ab.PackNodes(a), f.ab.UnpackNodes)
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

// quorum is the task's threshold, node and registry sequence number (taskQuorum).
func (f *fixture) quorum(id common.Hash) contracts.TaskQuorumOutput {
	f.t.Helper()
	v, err := bind.Call(f.inst, nil, f.ab.PackTaskQuorum(id), f.ab.UnpackTaskQuorum)
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

// canAttest is the contract's own answer to whether dev key i's attestation to the task counts now.
func (f *fixture) canAttest(id common.Hash, i int) bool {
	f.t.Helper()
	v, err := bind.Call(f.inst, nil, f.ab.PackCanAttest(id, address(i)), f.ab.UnpackCanAttest)
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

// verifiers is the size of the verifier set now.
func (f *fixture) verifiers() uint32 {
	f.t.Helper()
	v, err := bind.Call(f.inst, nil, f.ab.PackVerifierCount(), f.ab.UnpackVerifierCount)
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

func (f *fixture) ethBalance(a common.Address) *big.Int {
	f.t.Helper()
	v, err := f.client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

// logsOf returns the receipt's logs that the given unpacker accepts.
func logsOf[T any](rcpt *types.Receipt, unpack func(*types.Log) (*T, error)) []*T {
	var out []*T
	for _, l := range rcpt.Logs {
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}
