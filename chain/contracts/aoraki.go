// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// AorakiPayout is an auto generated low-level Go binding around an user-defined struct.
type AorakiPayout struct {
	To     common.Address
	Amount *big.Int
}

// AorakiQuote is an auto generated low-level Go binding around an user-defined struct.
type AorakiQuote struct {
	Node            common.Address
	Requester       common.Address
	ProgramId       [32]byte
	InputDigest     [32]byte
	Price           *big.Int
	ProvingDeadline uint64
	Expiry          uint64
	Nonce           *big.Int
	Verifier        common.Address
	Callback        common.Address
}

// AorakiMetaData contains all meta data concerning the Aoraki contract.
var AorakiMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"minStake_\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"slashBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"deregistrationDelay_\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit_\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"quorumNumerator_\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorumDenominator_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"AttestationsMalformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"AttestationsNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"AttesterIsTaskNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"seq\",\"type\":\"uint32\"}],\"name\":\"AttesterNotInSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"AttesterStakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"DeadlineNotInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"DeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"latest\",\"type\":\"uint256\"}],\"name\":\"DeadlineTooFar\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasLeft\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NodeNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"NodeStakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"NonceUsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PayoutToZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PayoutsExceedPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"attestations\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"QuorumNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"QuoteExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrancy\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StakeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"StakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"StillLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"TaskNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"openTasks\",\"type\":\"uint32\"}],\"name\":\"TasksStillOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"enumAoraki.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongNodeState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"WrongPayment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"WrongQuoteSigner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"CallbackResult\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"DeregistrationRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stakeReturned\",\"type\":\"uint256\"}],\"name\":\"NodeDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payoutsHash\",\"type\":\"bytes32\"}],\"name\":\"TaskFulfilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"provingDeadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"name\":\"TaskPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"TaskRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DEREGISTRATION_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PROVING_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"QUOTE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"payoutsHash_\",\"type\":\"bytes32\"}],\"name\":\"attestationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackGasLimit\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"canAttest\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"completeDeregistration\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deregistrationDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"internalType\":\"structAoraki.Payout[]\",\"name\":\"payouts\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"attestations\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"fulfill\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"hooks\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestDeadline\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"nodes\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"uint40\",\"name\":\"unlockAt\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"openTasks\",\"type\":\"uint32\"},{\"internalType\":\"enumAoraki.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"joinedSeq\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"leftSeq\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"nonceUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"internalType\":\"structAoraki.Payout[]\",\"name\":\"payouts\",\"type\":\"tuple[]\"}],\"name\":\"payoutsHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumDenominator\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"provingDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"internalType\":\"structAoraki.Quote\",\"name\":\"q\",\"type\":\"tuple\"}],\"name\":\"quoteDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registerNode\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrySeq\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestDeregistration\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"results\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"provingDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"internalType\":\"structAoraki.Quote\",\"name\":\"q\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"nodeSignature\",\"type\":\"bytes\"}],\"name\":\"submitTask\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"taskQuorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"seq\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"tasks\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"enumAoraki.TaskStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"seq\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"quorum\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifierCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Aoraki",
	Bin: "0x61018080604052346103105760c08161323d80380380916100208285610314565b8339810103126103105780516001600160601b03811691908281036103105760208201519061ffff821691828103610310576040840151916001600160401b0383168084036103105760608601519463ffffffff861686036103105761009460a061008d60808a0161034b565b980161034b565b97156102df57612710106102ae576301e13380106102685760ff8616801590811561025c575b811561024f575b506102205760805260a05260c05260e0526101005261012052466101405260405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f7b0930fa650917cbb833038eb0d293aa54321761ee452a604bc591115e6d009560408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261017160c082610314565b51902061016052604051612ee3908161035a8239608051818181610473015281816110db01528181611bc901528181611eae015281816120a001528181612306015261272f015260a05181818161199d015261251b015260c051818181610c430152611810015260e051818181611250015261211801526101005181818161178f0152612d8b0152610120518181816117cc0152612db801526101405181612aab01526101605181612ad10152f35b6040516305519d6f60e51b815260206004820152600660248201526571756f72756d60d01b6044820152606490fd5b905060ff8616115f6100c1565b60ff87161591506100ba565b6040516305519d6f60e51b815260206004820152601360248201527f6465726567697374726174696f6e44656c6179000000000000000000000000006044820152606490fd5b6040516305519d6f60e51b8152602060048201526008602482015267736c61736842707360c01b6044820152606490fd5b6040516305519d6f60e51b81526020600482015260086024820152676d696e5374616b6560c01b6044820152606490fd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761033757604052565b634e487b7160e01b5f52604160045260245ffd5b519060ff821682036103105756fe6080806040526004361015610012575f80fd5b5f3560e01c9081630646e9f91461253f575080630681e6511461250157806307090c1f146124c757806307864aed146124a05780631647795e146124505780631680b35c14612250578063189a5a17146121bf5780631b1c90c0146121835780632063c1e01461213c57806324f74697146120fc57806327e235e3146120c4578063375b3c0a146120815780633ccfd60b14611f655780634c6b25b114611f3b5780635697ac9d14611f1d5780635a627dbc14611c855780635f7be80d14611c69578063702e984c14611c4c5780637249fbb6146118795780637cf096c314611834578063848cf80e146117f057806397c3d334146117b3578063a7713a7014611776578063aef655c314610fa2578063bcc330c114610dee578063bd9095df14610b82578063c9cfda9014610319578063cedeeb66146102f2578063dcbbec2d146102ab578063e579f5001461020a578063f698da25146101e8578063f7581615146101ae5763fb4adf5214610187575f80fd5b346101aa575f3660031901126101aa57602063ffffffff60065416604051908152f35b5f80fd5b346101aa575f3660031901126101aa5760206040517f1d49dc2f2db5f4a59259d6029fbf1681e33a9ac6b4d9f8bc72d1cd3c0cc7878c8152f35b346101aa575f3660031901126101aa576020610202612aa8565b604051908152f35b346101aa5760203660031901126101aa576004355f525f60205260405f208054600160ff8260c81c16920154604051916001600160a01b038116835264ffffffffff8160a01c16602084015260048410156102975760e093604084015263ffffffff8160d01c16606084015260f01c60808301526001600160a01b03811660a083015260a01c60c0820152f35b634e487b7160e01b5f52602160045260245ffd5b346101aa5760203660031901126101aa5760043567ffffffffffffffff81116101aa576102de6020913690600401612585565b60061b908160405191823720604051908152f35b346101aa5760803660031901126101aa576020610202606435604435602435600435612a53565b366003190161016081126101aa57610140136101aa576101443567ffffffffffffffff81116101aa576103509036906004016125b6565b9060ff5f5c16610b5a57600160ff195f5c16175f5d67ffffffffffffffff610376612883565b164211610b19574267ffffffffffffffff61038f61289a565b161115610ad85761039e61289a565b67ffffffffffffffff6103b0426127f6565b911611610a8e576001600160a01b036103c7612813565b163303610a4e576001600160601b036103de61286d565b163403610a0e5760416103ef6128b1565b92036109e65780604061040e9201355f1a906020810135903584612e29565b6001600160a01b038061041f612829565b1691169081036109a757506001600160a01b0361043a612829565b165f52600360205260405f2090815460ff8160a81c16600381101561029757600103610984576001600160601b03166001600160601b037f0000000000000000000000000000000000000000000000000000000000000000169081811061095657505060e435918260081c600160ff85161b906001600160a01b036104bd612829565b165f52600560205260405f20815f5260205260405f2054908282166109165761053c9495506001600160a01b036104f2612829565b165f52600560205260405f20905f526020521760405f205561051d63ffffffff825460881c16612a3b565b63ffffffff60881b1963ffffffff60881b83549260881b169116179055565b6006549063ffffffff6105508184166129f2565b1661055961289a565b9264ffffffffff84169364ffffffffff8260401c1685116108e7575b505061057f612813565b9263ffffffff60065460201c169180155f146108d957505f5b6105a0612829565b926105a961286d565b926040519660e088019088821067ffffffffffffffff8311176108c5576001600160a01b0391604052168752602087019081526040870190600182526060880192835261ffff60808901941684526001600160a01b0360a08901961686526001600160601b0360c0890195168552865f525f6020526001600160a01b038060405f209951161673ffffffffffffffffffffffffffffffffffffffff19895416178855517fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff78ffffffffff000000000000000000000000000000000000000089549260a01b1691161787555160048110156102975786549151925178ffffffffffffffffffffffffffffffffffffffffffffffffff90921679ff0000000000000000000000000000000000000000000000000060c89290921b919091161763ffffffff60d01b60d09390931b929092169190911760f09190911b7fffff000000000000000000000000000000000000000000000000000000000000161784559051905160a01b73ffffffffffffffffffffffffffffffffffffffff19166001600160a01b039182161760019093019290925560209161076561283f565b16158015906108ac575b610825575b61077c612829565b6001600160601b03827f2b8ced5b1d7db03b5258e1267d64acb710390334273fae817a63a72fa65d584a60c06001600160a01b03806107b9612813565b816107c261286d565b816107cb61289a565b67ffffffffffffffff6107dc61283f565b916107e5612856565b94604080519e8f9260443584526064356020850152169101521660608c01521660808a01521660a088015216951693a460ff195f5c165f5d604051908152f35b61082d61283f565b6001600160a01b03600181610840612856565b816040519561084e8761260c565b1685528187860191168152855f52828752818060405f209651161673ffffffffffffffffffffffffffffffffffffffff1986541617855551169201911673ffffffffffffffffffffffffffffffffffffffff19825416179055610774565b506001600160a01b036108bd612856565b16151561076f565b634e487b7160e01b5f52604160045260245ffd5b6108e290612d83565b610598565b6cffffffffff00000000000000009060401b16906cffffffffff00000000000000001916176006558380610575565b856001600160a01b03610927612829565b7f2af71f10000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b7fd58e10cb000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6001600160a01b03610994612829565b639c3baaed60e01b5f521660045260245ffd5b6001600160a01b036109b7612829565b7fdb733e68000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b7f55a1e16e000000000000000000000000000000000000000000000000000000005f5260045ffd5b6001600160601b03610a1e61286d565b7f0dd32d1c000000000000000000000000000000000000000000000000000000005f52346004521660245260445ffd5b6001600160a01b03610a5e612813565b7f0691b032000000000000000000000000000000000000000000000000000000005f52166004523360245260445ffd5b610a9661289a565b67ffffffffffffffff610aa8426127f6565b917f136579e6000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b67ffffffffffffffff610ae961289a565b7fdd2d27d7000000000000000000000000000000000000000000000000000000005f52166004524260245260445ffd5b67ffffffffffffffff610b2a612883565b7f810e78c7000000000000000000000000000000000000000000000000000000005f52166004524260245260445ffd5b7fab143c06000000000000000000000000000000000000000000000000000000005f5260045ffd5b346101aa575f3660031901126101aa5760ff5f5c16610b5a57600160ff195f5c16175f5d335f52600360205260405f2060405190610bbf826125f0565b546001600160601b0381168252602082019164ffffffffff8260601c1683526040810163ffffffff8360881c16815260608201610c0260ff8560a81c16826125e4565b608083019163ffffffff8560b01c16835263ffffffff60a085019560d01c16855281516003811015610297575f1901610dc757610c6967ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001642612806565b9564ffffffffff60065460401c16878111610dbd575b50610d0f9163ffffffff918288511615610daf575b6002855264ffffffffff89168152335f5260036020526001600160601b0360405f2097511670ffffffffffffffffffffffffffffffffff1970ffffffffff0000000000000000000000008954935160601b169216171786555116849063ffffffff60881b1963ffffffff60881b83549260881b169116179055565b5192600384101561029757610d6f9363ffffffff9264ffffffffff60a81b1960ff60a81b63ffffffff60b01b8754935160b01b169360a81b16911617178355511663ffffffff60d01b1963ffffffff60d01b83549260d01b169116179055565b67ffffffffffffffff604051911681527f84c59171fae72656b97c12f0898e798d2b516e6f597d45deffe3fbb536f05ac660203392a260ff195f5c165f5d005b610db887612c77565b610c94565b9650610d0f610c7f565b5051600381101561029757610de990636ee4153d60e01b5f5233600452612577565b60445ffd5b346101aa575f3660031901126101aa5760ff5f5c16610b5a57600160ff195f5c16175f5d335f52600360205260405f2060405190610e2b826125f0565b546001600160601b03811682526020820164ffffffffff8260601c168152604083019163ffffffff8160881c16835263ffffffff6060850191610e7460ff8260a81c16846125e4565b818160b01c16608087015260d01c1660a0850152805160038110156102975760011901610f81575064ffffffffff905116804210610f5257505163ffffffff169081610f26576001600160601b0390335f5260036020525f604081205581815116335f526004602052610eec60405f20918254612806565b905551166040519081527faa433836fcb47675047002afc96e88cdbb2ba277f2508b8719e646fcd9b116f160203392a260ff195f5c165f5d005b507fed06bc2e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f2f05ff6c000000000000000000000000000000000000000000000000000000005f526004524260245260445ffd5b51600381101561029757610de990636ee4153d60e01b5f5233600452612577565b346101aa5760c03660031901126101aa5760443560043560243560643567ffffffffffffffff81116101aa57610fdc903690600401612585565b60843567ffffffffffffffff81116101aa57610ffc9036906004016125b6565b929060a43567ffffffffffffffff81116101aa5761101e9036906004016125b6565b94909360ff5f5c16610b5a57600160ff195f5c16175f5d875f525f60205260405f209182549360ff8560c81c166004811015610297576001036117635764ffffffffff8560a01c16804211611734575091839189959360018d98960154946110a38d6001600160a01b038860a01c98169a8660061b604051818c8237209a8b92612a53565b9063ffffffff8160d01c169060f01c93604181066117095760419004938015908115611700575061ffff60015b168086106116d157507f00000000000000000000000000000000000000000000000000000000000000006001600160601b031694935f9390845b86861061152a57505050505050505079020000000000000000000000000000000000000000000000000060ff60c81b19835416178255895f5260026020528860405f2055855f52600360205261117060405f2061051d63ffffffff825460881c166129f2565b5f935f5b828110611450575050508183116114205792887f25149893d3d015709336b4613a16ae6781cd3b657e506e5d92b6c45ca2e9367f936111e5936001600160a01b0383975416918181106113c1575b505050506040519182918b8a846040919493926060820195825260208201520152565b0390a3835f52600160205260405f2091604051906112028261260c565b6001600160a01b03600181865416958685520154169260208301938452858786611370575b50505050506001600160a01b03915051169283611249575b60ff195f5c165f5d005b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000169161127e603f840484612806565b611388810180911161135c57805a1061132d57505f7f0ceca84a0bcce85e169e6d64847244144d1610425d4faaf03aa09858da9cf1d093858288602096611318839761130a6040519384928c8401987f9c68b9a6000000000000000000000000000000000000000000000000000000008a52602485016040919493926060820195825260208201520152565b03601f198101835282612628565b5193f16040519015158152a38080808061123f565b5a7f486594e4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b61137b949596612cc3565b1561138b57808083928587611227565b6001600160a01b039051167fb8ac55ac000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b61141081836113f36020947f558163811cccb821d8db9bbab37ebf1805a423c2f00fc6a7f0bf540f03784ae296612a2e565b865f526004855261140960405f20918254612806565b9055612a2e565b604051908152a3838b80806111c2565b50907f7f7d7716000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b61145b818484612a0a565b356001600160a01b03811681036101aa576001600160a01b03169081156114ff576020611489828686612a0a565b01356001600160601b03811681036101aa576001927f558163811cccb821d8db9bbab37ebf1805a423c2f00fc6a7f0bf540f03784ae28f926114d96001600160601b03826020935016809c612806565b9a835f526004825260405f206114f0828254612806565b9055604051908152a301611174565b7fe29e539b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b61154860418702830160408101355f1a906020810135903586612e29565b906001600160a01b0380831691168111156116a2578e81148061169a575b61166b57805f52600360205260405f2063ffffffff60405191611588836125f0565b546001600160601b038116835264ffffffffff8160601c166020840152818160881c1660408401526115c360ff8260a81c16606085016125e4565b818160b01c16608084015260d01c1660a08201526115e18782612bdd565b1561163757516001600160601b03169089821061160557505060019095019461110a565b877fba9cd316000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b8682897fc0ccf55c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b867f68becb52000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b508415611566565b867fad6eecb1000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b857f6a215984000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b61ffff906110d0565b7ff8d45a48000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f3dee80f2000000000000000000000000000000000000000000000000000000005f526004524260245260445ffd5b89630d1c679b60e11b5f5260045260245ffd5b346101aa575f3660031901126101aa57602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101aa575f3660031901126101aa57602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101aa575f3660031901126101aa57602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101aa5760203660031901126101aa576004355f52600160205260405f206001600160a01b0360018183541692015416604051918252602082015260408180030190f35b346101aa5760203660031901126101aa5760043560ff5f5c16610b5a57600160ff195f5c16175f5d805f525f60205260405f2090815460ff8160c81c16600481101561029757600103611c395764ffffffffff9060a01c1680421115611c0a575079030000000000000000000000000000000000000000000000000060ff60c81b19835416178255600182018054906001600160a01b03821690815f52600360205260405f209260405195869461192f866125f0565b54916001600160601b0383168652602086019464ffffffffff8460601c168652604087019563ffffffff8560881c1687526127106119c660608a019461197b60ff8960a81c16876125e4565b63ffffffff60a060808d019c8d838c60b01c169052019860d01c16885261ffff7f0000000000000000000000000000000000000000000000000000000000000000169060a01c6129df565b04966001600160601b038b5116978089105f14611bfa57506001600160601b03885b168098036001600160601b03811161135c576001600160601b03168b5263ffffffff611a16818351166129f2565b1681528351916003831015610297576001600160601b039b611ab294600163ffffffff951480611bef575b80611bc1575b611bb3575b5f52600360205270ffffffffffffffffffffffffffffffffff1970ffffffffff00000000000000000000000060405f209e8f9351169254935160601b16921617178b555116899063ffffffff60881b1963ffffffff60881b83549260881b169116179055565b5160038110156102975760209763ffffffff8894611b37937fe7574c1497b9d3f5723feff13db86d45ad88b7f74b577c6d34ef4be2991cead69964ffffffffff60a81b1960ff60a81b63ffffffff60b01b8754935160b01b169360a81b16911617178355511663ffffffff60d01b1963ffffffff60d01b83549260d01b169116179055565b7f558163811cccb821d8db9bbab37ebf1805a423c2f00fc6a7f0bf540f03784ae26001600160a01b03611b6e86865460a01c612806565b925416978892835f526004825260405f20611b8a828254612806565b9055604051908152a3546040805160a09290921c82526020820192909252a360ff195f5c165f5d005b611bbc82612c77565b611a4c565b508d8251168e7f00000000000000000000000000000000000000000000000000000000000000001611611a47565b508489511615611a41565b6001600160601b038091166119e8565b7f43c5d47b000000000000000000000000000000000000000000000000000000005f526004524260245260445ffd5b50630d1c679b60e11b5f5260045260245ffd5b346101aa575f3660031901126101aa57602060405162093a808152f35b346101aa576101403660031901126101aa5760206102026128b1565b5f3660031901126101aa5760ff5f5c16610b5a57600160ff195f5c16175f5d335f52600360205260405f2060405190611cbd826125f0565b546001600160601b0381168252602082019164ffffffffff8260601c168352604081019263ffffffff8360881c16845260608201611d0160ff8560a81c16826125e4565b608083019163ffffffff8560b01c16835263ffffffff60a085019560d01c168552815160038110156102975715611f0a57611d476001600160601b038551163490612806565b956001600160601b038711611ee2576001600160601b0387168552825190600382101561029757611df992600163ffffffff931480611ed6575b80611ea3575b611e95575b335f5260036020526001600160601b0360405f2097511670ffffffffffffffffffffffffffffffffff1970ffffffffff0000000000000000000000008954935160601b169216171786555116849063ffffffff60881b1963ffffffff60881b83549260881b169116179055565b5192600384101561029757611e599363ffffffff9264ffffffffff60a81b1960ff60a81b63ffffffff60b01b8754935160b01b169360a81b16911617178355511663ffffffff60d01b1963ffffffff60d01b83549260d01b169116179055565b6040519034825260208201527f270d6dd254edd1d985c81cf7861b8f28fb06b6d719df04d90464034d4341244060403392a260ff195f5c165f5d005b611e9e87612b8b565b611d8c565b506001600160601b037f000000000000000000000000000000000000000000000000000000000000000016891015611d87565b50828851161515611d81565b7f1a64b33b000000000000000000000000000000000000000000000000000000005f5260045ffd5b639c3baaed60e01b5f523360045260245ffd5b346101aa575f3660031901126101aa5760206040516301e133808152f35b346101aa5760203660031901126101aa576004355f526002602052602060405f2054604051908152f35b346101aa575f3660031901126101aa5760ff5f5c16610b5a57600160ff195f5c16175f5d335f52600460205260405f2054801561205957335f5260046020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a25f80808084335af13d15612054573d67ffffffffffffffff81116108c5576040519061200c601f8201601f191660200183612628565b81525f60203d92013e5b156120255760ff195f5c165f5d005b7f1c43b976000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b612016565b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b346101aa575f3660031901126101aa5760206040516001600160601b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101aa5760203660031901126101aa576001600160a01b036120e5612561565b165f526004602052602060405f2054604051908152f35b346101aa575f3660031901126101aa57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101aa5760203660031901126101aa576001600160a01b0363ffffffff612165600435612780565b91939060405194855216602084015216604082015260608180030190f35b346101aa5760403660031901126101aa576024356001600160a01b03811681036101aa576121b560209160043561264a565b6040519015158152f35b346101aa5760203660031901126101aa576001600160a01b036121e0612561565b165f52600360205260405f205460ff8160a81c16604051906001600160601b038316825264ffffffffff8360601c16602083015263ffffffff8360881c16604083015260038110156102975760c09263ffffffff916060840152818160b01c16608084015260d01c1660a0820152f35b5f3660031901126101aa5760ff5f5c16610b5a57600160ff195f5c16175f5d335f52600360205260405f2060405190612288826125f0565b54906001600160601b03821681526020810164ffffffffff8360601c1681526040820163ffffffff8460881c16815260608301906122cc60ff8660a81c16836125e4565b608084019263ffffffff8660b01c16845263ffffffff60a086019660d01c1686528251600381101561029757612424576001600160601b037f0000000000000000000000000000000000000000000000000000000000000000168034106123f557506001600160601b033411611ee25761235f9163ffffffff916001600160601b033416875260018552611d8c87612b8b565b51926003841015610297576123bf9363ffffffff9264ffffffffff60a81b1960ff60a81b63ffffffff60b01b8754935160b01b169360a81b16911617178355511663ffffffff60d01b1963ffffffff60d01b83549260d01b169116179055565b6040513481527ff773bca07d020a1bc1fdd45ea3db573da547dd27180143afaf075c158a84759460203392a260ff195f5c165f5d005b7f829f1163000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b7f45ed80e9000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346101aa5760403660031901126101aa57602061246b612561565b6001600160a01b0360243591165f526005825260405f208160081c5f52825260405f2054600160ff60405193161b1615158152f35b346101aa575f3660031901126101aa57602064ffffffffff60065460401c16604051908152f35b346101aa575f3660031901126101aa5760206040517fd18deba08890ea3dad14898925bfe4144fb11d16eb8f104dcb52169041cc1b078152f35b346101aa575f3660031901126101aa57602060405161ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101aa575f3660031901126101aa5760209063ffffffff600654831c168152f35b600435906001600160a01b03821682036101aa57565b600381101561029757602452565b9181601f840112156101aa5782359167ffffffffffffffff83116101aa576020808501948460061b0101116101aa57565b9181601f840112156101aa5782359167ffffffffffffffff83116101aa57602083818601950101116101aa57565b60038210156102975752565b60c0810190811067ffffffffffffffff8211176108c557604052565b6040810190811067ffffffffffffffff8211176108c557604052565b90601f8019910116810190811067ffffffffffffffff8211176108c557604052565b5f525f60205260405f209081549160ff8360c81c1660048110156102975760011480159061276d575b61276657600101546001600160a01b03918216911681148061275a575b612754575f52600360205261270f63ffffffff60405f209281604051946126b6866125f0565b546001600160601b038116865264ffffffffff8160601c166020870152818160881c1660408701526126f160ff8260a81c16606088016125e4565b818160b01c16608087015260d01c1660a085015260d01c1682612bdd565b9081612719575090565b6001600160601b03915051166001600160601b037f000000000000000000000000000000000000000000000000000000000000000016111590565b50505f90565b508160f01c1515612690565b5050505f90565b5064ffffffffff8360a01c164211612673565b5f525f60205260405f209081549060ff8260c81c16600481101561029757156127ec578160f01c80155f146127d3575063ffffffff61ffff6001600160a01b03600180965b0154169416939260d01c1690565b61ffff6001600160a01b03600163ffffffff93966127c5565b5f92508291508190565b9062093a80820180921161135c57565b9190820180921161135c57565b6024356001600160a01b03811681036101aa5790565b6004356001600160a01b03811681036101aa5790565b610104356001600160a01b03811681036101aa5790565b610124356001600160a01b03811681036101aa5790565b6084356001600160601b03811681036101aa5790565b60c43567ffffffffffffffff811681036101aa5790565b60a43567ffffffffffffffff811681036101aa5790565b6004356001600160a01b038116908181036101aa5750602435906001600160a01b038216918281036101aa5750608435916001600160601b038316928381036101aa575060a4359267ffffffffffffffff8416938481036101aa575060c43567ffffffffffffffff8116908181036101aa575061010435906001600160a01b038216918281036101aa575061012435956001600160a01b038716938488036101aa576129dc97506040519560208701977f1d49dc2f2db5f4a59259d6029fbf1681e33a9ac6b4d9f8bc72d1cd3c0cc7878c895260408801526060870152604435608087015260643560a087015260c086015260e085015261010084015260e43561012084015261014083015261016082015261016081526129d461018082612628565b519020612c36565b90565b8181029291811591840414171561135c57565b63ffffffff5f199116019063ffffffff821161135c57565b9190811015612a1a5760061b0190565b634e487b7160e01b5f52603260045260245ffd5b9190820391821161135c57565b63ffffffff60019116019063ffffffff821161135c57565b91926129dc936040519260208401947fd18deba08890ea3dad14898925bfe4144fb11d16eb8f104dcb52169041cc1b07865260408501526060840152608083015260a082015260a081526129d460c082612628565b467f000000000000000000000000000000000000000000000000000000000000000003612af3577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f7b0930fa650917cbb833038eb0d293aa54321761ee452a604bc591115e6d009560408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a08152612b8560c082612628565b51902090565b60a05f9163ffffffff600654612ba5828260201c16612a3b565b9082612bb2818316612a3b565b169067ffffffff000000008360201b169067ffffffffffffffff191617176006551660808201520152565b9063ffffffff608083015116918215159283612c25575b5082612bff57505090565b60a0015163ffffffff1680159250908215612c1957505090565b63ffffffff1610905090565b63ffffffff8316101592505f612bf4565b604290612c41612aa8565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b60a063ffffffff600654612c8f828260201c16612a3b565b9082612c9c8183166129f2565b169067ffffffff000000008360201b169067ffffffffffffffff1916171760065516910152565b90915f6001600160a01b0360846020969588604051998a98899788947f1cde29ca0000000000000000000000000000000000000000000000000000000086526004860152602485015260606044850152816064850152848401378181018301859052601f01601f19168101030193165af15f9181612d46575b506129dc57505f90565b9091506020813d602011612d7b575b81612d6260209383612628565b810103126101aa575180151581036101aa57905f612d3c565b3d9150612d55565b612db19060ff7f000000000000000000000000000000000000000000000000000000000000000016906129df565b612ddf60ff7f0000000000000000000000000000000000000000000000000000000000000000168092612806565b5f19810190811161135c578115612e1557048015612e0f5761ffff811115612e08575061ffff90565b61ffff1690565b50600190565b634e487b7160e01b5f52601260045260245ffd5b90919260ff8116601b8110612ecf575b5060ff1690601b82141580612ec4575b8015612e9b575b6109e6576020935f93608093604051938452868401526040830152606082015282805260015afa15612e90575f51906001600160a01b038216156109e657565b6040513d5f823e3d90fd5b507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411612e50565b50601c821415612e49565b601b91500160ff811161135c5760ff612e3956",
}

// Aoraki is an auto generated Go binding around an Ethereum contract.
type Aoraki struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Aoraki) GetABI() abi.ABI {
	return c.abi
}

// NewAoraki creates a new instance of Aoraki.
func NewAoraki() *Aoraki {
	parsed, err := AorakiMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Aoraki{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Aoraki) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint96 minStake_, uint16 slashBps_, uint64 deregistrationDelay_, uint32 callbackGasLimit_, uint8 quorumNumerator_, uint8 quorumDenominator_) returns()
func (aoraki *Aoraki) PackConstructor(minStake_ *big.Int, slashBps_ uint16, deregistrationDelay_ uint64, callbackGasLimit_ uint32, quorumNumerator_ uint8, quorumDenominator_ uint8) []byte {
	enc, err := aoraki.abi.Pack("", minStake_, slashBps_, deregistrationDelay_, callbackGasLimit_, quorumNumerator_, quorumDenominator_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (aoraki *Aoraki) PackATTESTATIONTYPEHASH() []byte {
	enc, err := aoraki.abi.Pack("ATTESTATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (aoraki *Aoraki) TryPackATTESTATIONTYPEHASH() ([]byte, error) {
	return aoraki.abi.Pack("ATTESTATION_TYPEHASH")
}

// UnpackATTESTATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (aoraki *Aoraki) UnpackATTESTATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("ATTESTATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXDEREGISTRATIONDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5697ac9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DEREGISTRATION_DELAY() view returns(uint64)
func (aoraki *Aoraki) PackMAXDEREGISTRATIONDELAY() []byte {
	enc, err := aoraki.abi.Pack("MAX_DEREGISTRATION_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDEREGISTRATIONDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5697ac9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DEREGISTRATION_DELAY() view returns(uint64)
func (aoraki *Aoraki) TryPackMAXDEREGISTRATIONDELAY() ([]byte, error) {
	return aoraki.abi.Pack("MAX_DEREGISTRATION_DELAY")
}

// UnpackMAXDEREGISTRATIONDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5697ac9d.
//
// Solidity: function MAX_DEREGISTRATION_DELAY() view returns(uint64)
func (aoraki *Aoraki) UnpackMAXDEREGISTRATIONDELAY(data []byte) (uint64, error) {
	out, err := aoraki.abi.Unpack("MAX_DEREGISTRATION_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXPROVINGWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x702e984c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PROVING_WINDOW() view returns(uint64)
func (aoraki *Aoraki) PackMAXPROVINGWINDOW() []byte {
	enc, err := aoraki.abi.Pack("MAX_PROVING_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPROVINGWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x702e984c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PROVING_WINDOW() view returns(uint64)
func (aoraki *Aoraki) TryPackMAXPROVINGWINDOW() ([]byte, error) {
	return aoraki.abi.Pack("MAX_PROVING_WINDOW")
}

// UnpackMAXPROVINGWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x702e984c.
//
// Solidity: function MAX_PROVING_WINDOW() view returns(uint64)
func (aoraki *Aoraki) UnpackMAXPROVINGWINDOW(data []byte) (uint64, error) {
	out, err := aoraki.abi.Unpack("MAX_PROVING_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackQUOTETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7581615.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_TYPEHASH() view returns(bytes32)
func (aoraki *Aoraki) PackQUOTETYPEHASH() []byte {
	enc, err := aoraki.abi.Pack("QUOTE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7581615.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_TYPEHASH() view returns(bytes32)
func (aoraki *Aoraki) TryPackQUOTETYPEHASH() ([]byte, error) {
	return aoraki.abi.Pack("QUOTE_TYPEHASH")
}

// UnpackQUOTETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7581615.
//
// Solidity: function QUOTE_TYPEHASH() view returns(bytes32)
func (aoraki *Aoraki) UnpackQUOTETYPEHASH(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("QUOTE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a627dbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addStake() payable returns()
func (aoraki *Aoraki) PackAddStake() []byte {
	enc, err := aoraki.abi.Pack("addStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a627dbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addStake() payable returns()
func (aoraki *Aoraki) TryPackAddStake() ([]byte, error) {
	return aoraki.abi.Pack("addStake")
}

// PackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcedeeb66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestationDigest(bytes32 taskId, bytes32 resultDigest, bytes32 receiptDigest, bytes32 payoutsHash_) view returns(bytes32)
func (aoraki *Aoraki) PackAttestationDigest(taskId [32]byte, resultDigest [32]byte, receiptDigest [32]byte, payoutsHash [32]byte) []byte {
	enc, err := aoraki.abi.Pack("attestationDigest", taskId, resultDigest, receiptDigest, payoutsHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcedeeb66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestationDigest(bytes32 taskId, bytes32 resultDigest, bytes32 receiptDigest, bytes32 payoutsHash_) view returns(bytes32)
func (aoraki *Aoraki) TryPackAttestationDigest(taskId [32]byte, resultDigest [32]byte, receiptDigest [32]byte, payoutsHash [32]byte) ([]byte, error) {
	return aoraki.abi.Pack("attestationDigest", taskId, resultDigest, receiptDigest, payoutsHash)
}

// UnpackAttestationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcedeeb66.
//
// Solidity: function attestationDigest(bytes32 taskId, bytes32 resultDigest, bytes32 receiptDigest, bytes32 payoutsHash_) view returns(bytes32)
func (aoraki *Aoraki) UnpackAttestationDigest(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("attestationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e235e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balances(address ) view returns(uint256)
func (aoraki *Aoraki) PackBalances(arg0 common.Address) []byte {
	enc, err := aoraki.abi.Pack("balances", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e235e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balances(address ) view returns(uint256)
func (aoraki *Aoraki) TryPackBalances(arg0 common.Address) ([]byte, error) {
	return aoraki.abi.Pack("balances", arg0)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (aoraki *Aoraki) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := aoraki.abi.Unpack("balances", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCallbackGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24f74697.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbackGasLimit() view returns(uint32)
func (aoraki *Aoraki) PackCallbackGasLimit() []byte {
	enc, err := aoraki.abi.Pack("callbackGasLimit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbackGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24f74697.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbackGasLimit() view returns(uint32)
func (aoraki *Aoraki) TryPackCallbackGasLimit() ([]byte, error) {
	return aoraki.abi.Pack("callbackGasLimit")
}

// UnpackCallbackGasLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24f74697.
//
// Solidity: function callbackGasLimit() view returns(uint32)
func (aoraki *Aoraki) UnpackCallbackGasLimit(data []byte) (uint32, error) {
	out, err := aoraki.abi.Unpack("callbackGasLimit", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCanAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b1c90c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canAttest(bytes32 taskId, address who) view returns(bool)
func (aoraki *Aoraki) PackCanAttest(taskId [32]byte, who common.Address) []byte {
	enc, err := aoraki.abi.Pack("canAttest", taskId, who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b1c90c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canAttest(bytes32 taskId, address who) view returns(bool)
func (aoraki *Aoraki) TryPackCanAttest(taskId [32]byte, who common.Address) ([]byte, error) {
	return aoraki.abi.Pack("canAttest", taskId, who)
}

// UnpackCanAttest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b1c90c0.
//
// Solidity: function canAttest(bytes32 taskId, address who) view returns(bool)
func (aoraki *Aoraki) UnpackCanAttest(data []byte) (bool, error) {
	out, err := aoraki.abi.Unpack("canAttest", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCompleteDeregistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcc330c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function completeDeregistration() returns()
func (aoraki *Aoraki) PackCompleteDeregistration() []byte {
	enc, err := aoraki.abi.Pack("completeDeregistration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompleteDeregistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcc330c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function completeDeregistration() returns()
func (aoraki *Aoraki) TryPackCompleteDeregistration() ([]byte, error) {
	return aoraki.abi.Pack("completeDeregistration")
}

// PackDeregistrationDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x848cf80e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deregistrationDelay() view returns(uint64)
func (aoraki *Aoraki) PackDeregistrationDelay() []byte {
	enc, err := aoraki.abi.Pack("deregistrationDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeregistrationDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x848cf80e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deregistrationDelay() view returns(uint64)
func (aoraki *Aoraki) TryPackDeregistrationDelay() ([]byte, error) {
	return aoraki.abi.Pack("deregistrationDelay")
}

// UnpackDeregistrationDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x848cf80e.
//
// Solidity: function deregistrationDelay() view returns(uint64)
func (aoraki *Aoraki) UnpackDeregistrationDelay(data []byte) (uint64, error) {
	out, err := aoraki.abi.Unpack("deregistrationDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (aoraki *Aoraki) PackDomainSeparator() []byte {
	enc, err := aoraki.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (aoraki *Aoraki) TryPackDomainSeparator() ([]byte, error) {
	return aoraki.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (aoraki *Aoraki) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaef655c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfill(bytes32 taskId, bytes32 resultDigest, bytes32 receiptDigest, (address,uint96)[] payouts, bytes attestations, bytes proof) returns()
func (aoraki *Aoraki) PackFulfill(taskId [32]byte, resultDigest [32]byte, receiptDigest [32]byte, payouts []AorakiPayout, attestations []byte, proof []byte) []byte {
	enc, err := aoraki.abi.Pack("fulfill", taskId, resultDigest, receiptDigest, payouts, attestations, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaef655c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfill(bytes32 taskId, bytes32 resultDigest, bytes32 receiptDigest, (address,uint96)[] payouts, bytes attestations, bytes proof) returns()
func (aoraki *Aoraki) TryPackFulfill(taskId [32]byte, resultDigest [32]byte, receiptDigest [32]byte, payouts []AorakiPayout, attestations []byte, proof []byte) ([]byte, error) {
	return aoraki.abi.Pack("fulfill", taskId, resultDigest, receiptDigest, payouts, attestations, proof)
}

// PackHooks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cf096c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hooks(bytes32 ) view returns(address verifier, address callback)
func (aoraki *Aoraki) PackHooks(arg0 [32]byte) []byte {
	enc, err := aoraki.abi.Pack("hooks", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHooks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cf096c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hooks(bytes32 ) view returns(address verifier, address callback)
func (aoraki *Aoraki) TryPackHooks(arg0 [32]byte) ([]byte, error) {
	return aoraki.abi.Pack("hooks", arg0)
}

// HooksOutput serves as a container for the return parameters of contract
// method Hooks.
type HooksOutput struct {
	Verifier common.Address
	Callback common.Address
}

// UnpackHooks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7cf096c3.
//
// Solidity: function hooks(bytes32 ) view returns(address verifier, address callback)
func (aoraki *Aoraki) UnpackHooks(data []byte) (HooksOutput, error) {
	out, err := aoraki.abi.Unpack("hooks", data)
	outstruct := new(HooksOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Verifier = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Callback = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackLatestDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07864aed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestDeadline() view returns(uint40)
func (aoraki *Aoraki) PackLatestDeadline() []byte {
	enc, err := aoraki.abi.Pack("latestDeadline")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07864aed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestDeadline() view returns(uint40)
func (aoraki *Aoraki) TryPackLatestDeadline() ([]byte, error) {
	return aoraki.abi.Pack("latestDeadline")
}

// UnpackLatestDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07864aed.
//
// Solidity: function latestDeadline() view returns(uint40)
func (aoraki *Aoraki) UnpackLatestDeadline(data []byte) (*big.Int, error) {
	out, err := aoraki.abi.Unpack("latestDeadline", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint96)
func (aoraki *Aoraki) PackMinStake() []byte {
	enc, err := aoraki.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint96)
func (aoraki *Aoraki) TryPackMinStake() ([]byte, error) {
	return aoraki.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint96)
func (aoraki *Aoraki) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := aoraki.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189a5a17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodes(address ) view returns(uint96 stake, uint40 unlockAt, uint32 openTasks, uint8 status, uint32 joinedSeq, uint32 leftSeq)
func (aoraki *Aoraki) PackNodes(arg0 common.Address) []byte {
	enc, err := aoraki.abi.Pack("nodes", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189a5a17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodes(address ) view returns(uint96 stake, uint40 unlockAt, uint32 openTasks, uint8 status, uint32 joinedSeq, uint32 leftSeq)
func (aoraki *Aoraki) TryPackNodes(arg0 common.Address) ([]byte, error) {
	return aoraki.abi.Pack("nodes", arg0)
}

// NodesOutput serves as a container for the return parameters of contract
// method Nodes.
type NodesOutput struct {
	Stake     *big.Int
	UnlockAt  *big.Int
	OpenTasks uint32
	Status    uint8
	JoinedSeq uint32
	LeftSeq   uint32
}

// UnpackNodes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x189a5a17.
//
// Solidity: function nodes(address ) view returns(uint96 stake, uint40 unlockAt, uint32 openTasks, uint8 status, uint32 joinedSeq, uint32 leftSeq)
func (aoraki *Aoraki) UnpackNodes(data []byte) (NodesOutput, error) {
	out, err := aoraki.abi.Unpack("nodes", data)
	outstruct := new(NodesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Stake = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.UnlockAt = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.OpenTasks = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.Status = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.JoinedSeq = *abi.ConvertType(out[4], new(uint32)).(*uint32)
	outstruct.LeftSeq = *abi.ConvertType(out[5], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1647795e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonceUsed(address node, uint256 nonce) view returns(bool)
func (aoraki *Aoraki) PackNonceUsed(node common.Address, nonce *big.Int) []byte {
	enc, err := aoraki.abi.Pack("nonceUsed", node, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1647795e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonceUsed(address node, uint256 nonce) view returns(bool)
func (aoraki *Aoraki) TryPackNonceUsed(node common.Address, nonce *big.Int) ([]byte, error) {
	return aoraki.abi.Pack("nonceUsed", node, nonce)
}

// UnpackNonceUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1647795e.
//
// Solidity: function nonceUsed(address node, uint256 nonce) view returns(bool)
func (aoraki *Aoraki) UnpackNonceUsed(data []byte) (bool, error) {
	out, err := aoraki.abi.Unpack("nonceUsed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPayoutsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcbbec2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutsHash((address,uint96)[] payouts) pure returns(bytes32 h)
func (aoraki *Aoraki) PackPayoutsHash(payouts []AorakiPayout) []byte {
	enc, err := aoraki.abi.Pack("payoutsHash", payouts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcbbec2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutsHash((address,uint96)[] payouts) pure returns(bytes32 h)
func (aoraki *Aoraki) TryPackPayoutsHash(payouts []AorakiPayout) ([]byte, error) {
	return aoraki.abi.Pack("payoutsHash", payouts)
}

// UnpackPayoutsHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdcbbec2d.
//
// Solidity: function payoutsHash((address,uint96)[] payouts) pure returns(bytes32 h)
func (aoraki *Aoraki) UnpackPayoutsHash(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("payoutsHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumDenominator() view returns(uint8)
func (aoraki *Aoraki) PackQuorumDenominator() []byte {
	enc, err := aoraki.abi.Pack("quorumDenominator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumDenominator() view returns(uint8)
func (aoraki *Aoraki) TryPackQuorumDenominator() ([]byte, error) {
	return aoraki.abi.Pack("quorumDenominator")
}

// UnpackQuorumDenominator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint8)
func (aoraki *Aoraki) UnpackQuorumDenominator(data []byte) (uint8, error) {
	out, err := aoraki.abi.Unpack("quorumDenominator", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator() view returns(uint8)
func (aoraki *Aoraki) PackQuorumNumerator() []byte {
	enc, err := aoraki.abi.Pack("quorumNumerator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator() view returns(uint8)
func (aoraki *Aoraki) TryPackQuorumNumerator() ([]byte, error) {
	return aoraki.abi.Pack("quorumNumerator")
}

// UnpackQuorumNumerator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint8)
func (aoraki *Aoraki) UnpackQuorumNumerator(data []byte) (uint8, error) {
	out, err := aoraki.abi.Unpack("quorumNumerator", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackQuoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7be80d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteDigest((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q) view returns(bytes32)
func (aoraki *Aoraki) PackQuoteDigest(q AorakiQuote) []byte {
	enc, err := aoraki.abi.Pack("quoteDigest", q)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7be80d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteDigest((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q) view returns(bytes32)
func (aoraki *Aoraki) TryPackQuoteDigest(q AorakiQuote) ([]byte, error) {
	return aoraki.abi.Pack("quoteDigest", q)
}

// UnpackQuoteDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f7be80d.
//
// Solidity: function quoteDigest((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q) view returns(bytes32)
func (aoraki *Aoraki) UnpackQuoteDigest(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("quoteDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7249fbb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(bytes32 taskId) returns()
func (aoraki *Aoraki) PackRefund(taskId [32]byte) []byte {
	enc, err := aoraki.abi.Pack("refund", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7249fbb6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(bytes32 taskId) returns()
func (aoraki *Aoraki) TryPackRefund(taskId [32]byte) ([]byte, error) {
	return aoraki.abi.Pack("refund", taskId)
}

// PackRegisterNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1680b35c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerNode() payable returns()
func (aoraki *Aoraki) PackRegisterNode() []byte {
	enc, err := aoraki.abi.Pack("registerNode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1680b35c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerNode() payable returns()
func (aoraki *Aoraki) TryPackRegisterNode() ([]byte, error) {
	return aoraki.abi.Pack("registerNode")
}

// PackRegistrySeq is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0646e9f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registrySeq() view returns(uint32)
func (aoraki *Aoraki) PackRegistrySeq() []byte {
	enc, err := aoraki.abi.Pack("registrySeq")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistrySeq is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0646e9f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registrySeq() view returns(uint32)
func (aoraki *Aoraki) TryPackRegistrySeq() ([]byte, error) {
	return aoraki.abi.Pack("registrySeq")
}

// UnpackRegistrySeq is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0646e9f9.
//
// Solidity: function registrySeq() view returns(uint32)
func (aoraki *Aoraki) UnpackRegistrySeq(data []byte) (uint32, error) {
	out, err := aoraki.abi.Unpack("registrySeq", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackRequestDeregistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd9095df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestDeregistration() returns()
func (aoraki *Aoraki) PackRequestDeregistration() []byte {
	enc, err := aoraki.abi.Pack("requestDeregistration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestDeregistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd9095df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestDeregistration() returns()
func (aoraki *Aoraki) TryPackRequestDeregistration() ([]byte, error) {
	return aoraki.abi.Pack("requestDeregistration")
}

// PackResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c6b25b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function results(bytes32 ) view returns(bytes32)
func (aoraki *Aoraki) PackResults(arg0 [32]byte) []byte {
	enc, err := aoraki.abi.Pack("results", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c6b25b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function results(bytes32 ) view returns(bytes32)
func (aoraki *Aoraki) TryPackResults(arg0 [32]byte) ([]byte, error) {
	return aoraki.abi.Pack("results", arg0)
}

// UnpackResults is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c6b25b1.
//
// Solidity: function results(bytes32 ) view returns(bytes32)
func (aoraki *Aoraki) UnpackResults(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("results", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSlashBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0681e651.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashBps() view returns(uint16)
func (aoraki *Aoraki) PackSlashBps() []byte {
	enc, err := aoraki.abi.Pack("slashBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0681e651.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashBps() view returns(uint16)
func (aoraki *Aoraki) TryPackSlashBps() ([]byte, error) {
	return aoraki.abi.Pack("slashBps")
}

// UnpackSlashBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0681e651.
//
// Solidity: function slashBps() view returns(uint16)
func (aoraki *Aoraki) UnpackSlashBps(data []byte) (uint16, error) {
	out, err := aoraki.abi.Unpack("slashBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackSubmitTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9cfda90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitTask((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q, bytes nodeSignature) payable returns(bytes32 taskId)
func (aoraki *Aoraki) PackSubmitTask(q AorakiQuote, nodeSignature []byte) []byte {
	enc, err := aoraki.abi.Pack("submitTask", q, nodeSignature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9cfda90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitTask((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q, bytes nodeSignature) payable returns(bytes32 taskId)
func (aoraki *Aoraki) TryPackSubmitTask(q AorakiQuote, nodeSignature []byte) ([]byte, error) {
	return aoraki.abi.Pack("submitTask", q, nodeSignature)
}

// UnpackSubmitTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9cfda90.
//
// Solidity: function submitTask((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q, bytes nodeSignature) payable returns(bytes32 taskId)
func (aoraki *Aoraki) UnpackSubmitTask(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("submitTask", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTaskQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2063c1e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function taskQuorum(bytes32 taskId) view returns(uint256 threshold, address node, uint32 seq)
func (aoraki *Aoraki) PackTaskQuorum(taskId [32]byte) []byte {
	enc, err := aoraki.abi.Pack("taskQuorum", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTaskQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2063c1e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function taskQuorum(bytes32 taskId) view returns(uint256 threshold, address node, uint32 seq)
func (aoraki *Aoraki) TryPackTaskQuorum(taskId [32]byte) ([]byte, error) {
	return aoraki.abi.Pack("taskQuorum", taskId)
}

// TaskQuorumOutput serves as a container for the return parameters of contract
// method TaskQuorum.
type TaskQuorumOutput struct {
	Threshold *big.Int
	Node      common.Address
	Seq       uint32
}

// UnpackTaskQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2063c1e0.
//
// Solidity: function taskQuorum(bytes32 taskId) view returns(uint256 threshold, address node, uint32 seq)
func (aoraki *Aoraki) UnpackTaskQuorum(data []byte) (TaskQuorumOutput, error) {
	out, err := aoraki.abi.Unpack("taskQuorum", data)
	outstruct := new(TaskQuorumOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Threshold = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Node = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Seq = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackTasks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe579f500.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tasks(bytes32 ) view returns(address requester, uint40 deadline, uint8 status, uint32 seq, uint16 quorum, address node, uint96 price)
func (aoraki *Aoraki) PackTasks(arg0 [32]byte) []byte {
	enc, err := aoraki.abi.Pack("tasks", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTasks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe579f500.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tasks(bytes32 ) view returns(address requester, uint40 deadline, uint8 status, uint32 seq, uint16 quorum, address node, uint96 price)
func (aoraki *Aoraki) TryPackTasks(arg0 [32]byte) ([]byte, error) {
	return aoraki.abi.Pack("tasks", arg0)
}

// TasksOutput serves as a container for the return parameters of contract
// method Tasks.
type TasksOutput struct {
	Requester common.Address
	Deadline  *big.Int
	Status    uint8
	Seq       uint32
	Quorum    uint16
	Node      common.Address
	Price     *big.Int
}

// UnpackTasks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe579f500.
//
// Solidity: function tasks(bytes32 ) view returns(address requester, uint40 deadline, uint8 status, uint32 seq, uint16 quorum, address node, uint96 price)
func (aoraki *Aoraki) UnpackTasks(data []byte) (TasksOutput, error) {
	out, err := aoraki.abi.Unpack("tasks", data)
	outstruct := new(TasksOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Requester = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Deadline = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Status = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Seq = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	outstruct.Quorum = *abi.ConvertType(out[4], new(uint16)).(*uint16)
	outstruct.Node = *abi.ConvertType(out[5], new(common.Address)).(*common.Address)
	outstruct.Price = abi.ConvertType(out[6], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackVerifierCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb4adf52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifierCount() view returns(uint32)
func (aoraki *Aoraki) PackVerifierCount() []byte {
	enc, err := aoraki.abi.Pack("verifierCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifierCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb4adf52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifierCount() view returns(uint32)
func (aoraki *Aoraki) TryPackVerifierCount() ([]byte, error) {
	return aoraki.abi.Pack("verifierCount")
}

// UnpackVerifierCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb4adf52.
//
// Solidity: function verifierCount() view returns(uint32)
func (aoraki *Aoraki) UnpackVerifierCount(data []byte) (uint32, error) {
	out, err := aoraki.abi.Unpack("verifierCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (aoraki *Aoraki) PackWithdraw() []byte {
	enc, err := aoraki.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (aoraki *Aoraki) TryPackWithdraw() ([]byte, error) {
	return aoraki.abi.Pack("withdraw")
}

// AorakiCallbackResult represents a CallbackResult event raised by the Aoraki contract.
type AorakiCallbackResult struct {
	TaskId   [32]byte
	Callback common.Address
	Ok       bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const AorakiCallbackResultEventName = "CallbackResult"

// ContractEventName returns the user-defined event name.
func (AorakiCallbackResult) ContractEventName() string {
	return AorakiCallbackResultEventName
}

// UnpackCallbackResultEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackResult(bytes32 indexed taskId, address indexed callback, bool ok)
func (aoraki *Aoraki) UnpackCallbackResultEvent(log *types.Log) (*AorakiCallbackResult, error) {
	event := "CallbackResult"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiCallbackResult)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiCredited represents a Credited event raised by the Aoraki contract.
type AorakiCredited struct {
	Account common.Address
	TaskId  [32]byte
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AorakiCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (AorakiCredited) ContractEventName() string {
	return AorakiCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed account, bytes32 indexed taskId, uint256 amount)
func (aoraki *Aoraki) UnpackCreditedEvent(log *types.Log) (*AorakiCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiCredited)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiDeregistrationRequested represents a DeregistrationRequested event raised by the Aoraki contract.
type AorakiDeregistrationRequested struct {
	Node     common.Address
	UnlockAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const AorakiDeregistrationRequestedEventName = "DeregistrationRequested"

// ContractEventName returns the user-defined event name.
func (AorakiDeregistrationRequested) ContractEventName() string {
	return AorakiDeregistrationRequestedEventName
}

// UnpackDeregistrationRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeregistrationRequested(address indexed node, uint64 unlockAt)
func (aoraki *Aoraki) UnpackDeregistrationRequestedEvent(log *types.Log) (*AorakiDeregistrationRequested, error) {
	event := "DeregistrationRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiDeregistrationRequested)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiNodeDeregistered represents a NodeDeregistered event raised by the Aoraki contract.
type AorakiNodeDeregistered struct {
	Node          common.Address
	StakeReturned *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const AorakiNodeDeregisteredEventName = "NodeDeregistered"

// ContractEventName returns the user-defined event name.
func (AorakiNodeDeregistered) ContractEventName() string {
	return AorakiNodeDeregisteredEventName
}

// UnpackNodeDeregisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeDeregistered(address indexed node, uint256 stakeReturned)
func (aoraki *Aoraki) UnpackNodeDeregisteredEvent(log *types.Log) (*AorakiNodeDeregistered, error) {
	event := "NodeDeregistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiNodeDeregistered)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiNodeRegistered represents a NodeRegistered event raised by the Aoraki contract.
type AorakiNodeRegistered struct {
	Node  common.Address
	Stake *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AorakiNodeRegisteredEventName = "NodeRegistered"

// ContractEventName returns the user-defined event name.
func (AorakiNodeRegistered) ContractEventName() string {
	return AorakiNodeRegisteredEventName
}

// UnpackNodeRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeRegistered(address indexed node, uint256 stake)
func (aoraki *Aoraki) UnpackNodeRegisteredEvent(log *types.Log) (*AorakiNodeRegistered, error) {
	event := "NodeRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiNodeRegistered)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiStakeAdded represents a StakeAdded event raised by the Aoraki contract.
type AorakiStakeAdded struct {
	Node   common.Address
	Amount *big.Int
	Stake  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AorakiStakeAddedEventName = "StakeAdded"

// ContractEventName returns the user-defined event name.
func (AorakiStakeAdded) ContractEventName() string {
	return AorakiStakeAddedEventName
}

// UnpackStakeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeAdded(address indexed node, uint256 amount, uint256 stake)
func (aoraki *Aoraki) UnpackStakeAddedEvent(log *types.Log) (*AorakiStakeAdded, error) {
	event := "StakeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiStakeAdded)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiTaskFulfilled represents a TaskFulfilled event raised by the Aoraki contract.
type AorakiTaskFulfilled struct {
	TaskId        [32]byte
	Node          common.Address
	ResultDigest  [32]byte
	ReceiptDigest [32]byte
	PayoutsHash   [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const AorakiTaskFulfilledEventName = "TaskFulfilled"

// ContractEventName returns the user-defined event name.
func (AorakiTaskFulfilled) ContractEventName() string {
	return AorakiTaskFulfilledEventName
}

// UnpackTaskFulfilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFulfilled(bytes32 indexed taskId, address indexed node, bytes32 resultDigest, bytes32 receiptDigest, bytes32 payoutsHash)
func (aoraki *Aoraki) UnpackTaskFulfilledEvent(log *types.Log) (*AorakiTaskFulfilled, error) {
	event := "TaskFulfilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiTaskFulfilled)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiTaskPublished represents a TaskPublished event raised by the Aoraki contract.
type AorakiTaskPublished struct {
	TaskId          [32]byte
	Node            common.Address
	Requester       common.Address
	ProgramId       [32]byte
	InputDigest     [32]byte
	Price           *big.Int
	ProvingDeadline uint64
	Verifier        common.Address
	Callback        common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const AorakiTaskPublishedEventName = "TaskPublished"

// ContractEventName returns the user-defined event name.
func (AorakiTaskPublished) ContractEventName() string {
	return AorakiTaskPublishedEventName
}

// UnpackTaskPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskPublished(bytes32 indexed taskId, address indexed node, address indexed requester, bytes32 programId, bytes32 inputDigest, uint256 price, uint64 provingDeadline, address verifier, address callback)
func (aoraki *Aoraki) UnpackTaskPublishedEvent(log *types.Log) (*AorakiTaskPublished, error) {
	event := "TaskPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiTaskPublished)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiTaskRefunded represents a TaskRefunded event raised by the Aoraki contract.
type AorakiTaskRefunded struct {
	TaskId    [32]byte
	Requester common.Address
	Amount    *big.Int
	Slashed   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AorakiTaskRefundedEventName = "TaskRefunded"

// ContractEventName returns the user-defined event name.
func (AorakiTaskRefunded) ContractEventName() string {
	return AorakiTaskRefundedEventName
}

// UnpackTaskRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskRefunded(bytes32 indexed taskId, address indexed requester, uint256 amount, uint256 slashed)
func (aoraki *Aoraki) UnpackTaskRefundedEvent(log *types.Log) (*AorakiTaskRefunded, error) {
	event := "TaskRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiTaskRefunded)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiWithdrawn represents a Withdrawn event raised by the Aoraki contract.
type AorakiWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AorakiWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (AorakiWithdrawn) ContractEventName() string {
	return AorakiWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (aoraki *Aoraki) UnpackWithdrawnEvent(log *types.Log) (*AorakiWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiWithdrawn)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (aoraki *Aoraki) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aoraki.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return aoraki.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["AttestationsMalformed"].ID.Bytes()[:4]) {
		return aoraki.UnpackAttestationsMalformedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["AttestationsNotSorted"].ID.Bytes()[:4]) {
		return aoraki.UnpackAttestationsNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["AttesterIsTaskNode"].ID.Bytes()[:4]) {
		return aoraki.UnpackAttesterIsTaskNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["AttesterNotInSet"].ID.Bytes()[:4]) {
		return aoraki.UnpackAttesterNotInSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["AttesterStakeTooLow"].ID.Bytes()[:4]) {
		return aoraki.UnpackAttesterStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["DeadlineNotInFuture"].ID.Bytes()[:4]) {
		return aoraki.UnpackDeadlineNotInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["DeadlineNotPassed"].ID.Bytes()[:4]) {
		return aoraki.UnpackDeadlineNotPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return aoraki.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["DeadlineTooFar"].ID.Bytes()[:4]) {
		return aoraki.UnpackDeadlineTooFarError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["InsufficientGasForCallback"].ID.Bytes()[:4]) {
		return aoraki.UnpackInsufficientGasForCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["InvalidParameter"].ID.Bytes()[:4]) {
		return aoraki.UnpackInvalidParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["MalformedSignature"].ID.Bytes()[:4]) {
		return aoraki.UnpackMalformedSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["NodeNotRegistered"].ID.Bytes()[:4]) {
		return aoraki.UnpackNodeNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["NodeStakeTooLow"].ID.Bytes()[:4]) {
		return aoraki.UnpackNodeStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["NonceUsed"].ID.Bytes()[:4]) {
		return aoraki.UnpackNonceUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return aoraki.UnpackNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return aoraki.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["PayoutToZeroAddress"].ID.Bytes()[:4]) {
		return aoraki.UnpackPayoutToZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["PayoutsExceedPrice"].ID.Bytes()[:4]) {
		return aoraki.UnpackPayoutsExceedPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["QuorumNotReached"].ID.Bytes()[:4]) {
		return aoraki.UnpackQuorumNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["QuoteExpired"].ID.Bytes()[:4]) {
		return aoraki.UnpackQuoteExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["Reentrancy"].ID.Bytes()[:4]) {
		return aoraki.UnpackReentrancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["StakeTooLarge"].ID.Bytes()[:4]) {
		return aoraki.UnpackStakeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["StakeTooLow"].ID.Bytes()[:4]) {
		return aoraki.UnpackStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["StillLocked"].ID.Bytes()[:4]) {
		return aoraki.UnpackStillLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["TaskNotOpen"].ID.Bytes()[:4]) {
		return aoraki.UnpackTaskNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["TasksStillOpen"].ID.Bytes()[:4]) {
		return aoraki.UnpackTasksStillOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return aoraki.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["VerifierRejected"].ID.Bytes()[:4]) {
		return aoraki.UnpackVerifierRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["WrongNodeState"].ID.Bytes()[:4]) {
		return aoraki.UnpackWrongNodeStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["WrongPayment"].ID.Bytes()[:4]) {
		return aoraki.UnpackWrongPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["WrongQuoteSigner"].ID.Bytes()[:4]) {
		return aoraki.UnpackWrongQuoteSignerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AorakiAlreadyRegistered represents a AlreadyRegistered error raised by the Aoraki contract.
type AorakiAlreadyRegistered struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address node)
func AorakiAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address node)
func (aoraki *Aoraki) UnpackAlreadyRegisteredError(raw []byte) (*AorakiAlreadyRegistered, error) {
	out := new(AorakiAlreadyRegistered)
	if err := aoraki.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiAttestationsMalformed represents a AttestationsMalformed error raised by the Aoraki contract.
type AorakiAttestationsMalformed struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationsMalformed(uint256 length)
func AorakiAttestationsMalformedErrorID() common.Hash {
	return common.HexToHash("0xf8d45a480b09093d378a6a527dccc7ee9aaf75d97763cd033d1991e0864bdbf6")
}

// UnpackAttestationsMalformedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationsMalformed(uint256 length)
func (aoraki *Aoraki) UnpackAttestationsMalformedError(raw []byte) (*AorakiAttestationsMalformed, error) {
	out := new(AorakiAttestationsMalformed)
	if err := aoraki.abi.UnpackIntoInterface(out, "AttestationsMalformed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiAttestationsNotSorted represents a AttestationsNotSorted error raised by the Aoraki contract.
type AorakiAttestationsNotSorted struct {
	Index  *big.Int
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationsNotSorted(uint256 index, address signer)
func AorakiAttestationsNotSortedErrorID() common.Hash {
	return common.HexToHash("0xad6eecb1567c47dada0519d858f4bcbce78937c9b006e78dbac75e6f706b301f")
}

// UnpackAttestationsNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationsNotSorted(uint256 index, address signer)
func (aoraki *Aoraki) UnpackAttestationsNotSortedError(raw []byte) (*AorakiAttestationsNotSorted, error) {
	out := new(AorakiAttestationsNotSorted)
	if err := aoraki.abi.UnpackIntoInterface(out, "AttestationsNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiAttesterIsTaskNode represents a AttesterIsTaskNode error raised by the Aoraki contract.
type AorakiAttesterIsTaskNode struct {
	Index  *big.Int
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttesterIsTaskNode(uint256 index, address signer)
func AorakiAttesterIsTaskNodeErrorID() common.Hash {
	return common.HexToHash("0x68becb529663442e0967ffbe64d79c9b7db02c9f7b6c9a89ec9700a99094bebb")
}

// UnpackAttesterIsTaskNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttesterIsTaskNode(uint256 index, address signer)
func (aoraki *Aoraki) UnpackAttesterIsTaskNodeError(raw []byte) (*AorakiAttesterIsTaskNode, error) {
	out := new(AorakiAttesterIsTaskNode)
	if err := aoraki.abi.UnpackIntoInterface(out, "AttesterIsTaskNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiAttesterNotInSet represents a AttesterNotInSet error raised by the Aoraki contract.
type AorakiAttesterNotInSet struct {
	Index  *big.Int
	Signer common.Address
	Seq    uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttesterNotInSet(uint256 index, address signer, uint32 seq)
func AorakiAttesterNotInSetErrorID() common.Hash {
	return common.HexToHash("0xc0ccf55c9dcb0afe76a727e2978774c5557eed31a021fe67c78974a463acc5a1")
}

// UnpackAttesterNotInSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttesterNotInSet(uint256 index, address signer, uint32 seq)
func (aoraki *Aoraki) UnpackAttesterNotInSetError(raw []byte) (*AorakiAttesterNotInSet, error) {
	out := new(AorakiAttesterNotInSet)
	if err := aoraki.abi.UnpackIntoInterface(out, "AttesterNotInSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiAttesterStakeTooLow represents a AttesterStakeTooLow error raised by the Aoraki contract.
type AorakiAttesterStakeTooLow struct {
	Index  *big.Int
	Signer common.Address
	Stake  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttesterStakeTooLow(uint256 index, address signer, uint256 stake)
func AorakiAttesterStakeTooLowErrorID() common.Hash {
	return common.HexToHash("0xba9cd316558d78e550756068b8c2ba319788499e409c3983a1104b064979c888")
}

// UnpackAttesterStakeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttesterStakeTooLow(uint256 index, address signer, uint256 stake)
func (aoraki *Aoraki) UnpackAttesterStakeTooLowError(raw []byte) (*AorakiAttesterStakeTooLow, error) {
	out := new(AorakiAttesterStakeTooLow)
	if err := aoraki.abi.UnpackIntoInterface(out, "AttesterStakeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiDeadlineNotInFuture represents a DeadlineNotInFuture error raised by the Aoraki contract.
type AorakiDeadlineNotInFuture struct {
	Deadline uint64
	Now      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotInFuture(uint64 deadline, uint256 now_)
func AorakiDeadlineNotInFutureErrorID() common.Hash {
	return common.HexToHash("0xdd2d27d7248ac55df9e43d621c865c4b25cb3ff52b2806e3455df18515d6f4a8")
}

// UnpackDeadlineNotInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotInFuture(uint64 deadline, uint256 now_)
func (aoraki *Aoraki) UnpackDeadlineNotInFutureError(raw []byte) (*AorakiDeadlineNotInFuture, error) {
	out := new(AorakiDeadlineNotInFuture)
	if err := aoraki.abi.UnpackIntoInterface(out, "DeadlineNotInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiDeadlineNotPassed represents a DeadlineNotPassed error raised by the Aoraki contract.
type AorakiDeadlineNotPassed struct {
	Deadline uint64
	Now      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotPassed(uint64 deadline, uint256 now_)
func AorakiDeadlineNotPassedErrorID() common.Hash {
	return common.HexToHash("0x43c5d47b64ec1889ef0f6fb26b9833bcc4164421bb52f7827e17a6dd9a51a0f4")
}

// UnpackDeadlineNotPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotPassed(uint64 deadline, uint256 now_)
func (aoraki *Aoraki) UnpackDeadlineNotPassedError(raw []byte) (*AorakiDeadlineNotPassed, error) {
	out := new(AorakiDeadlineNotPassed)
	if err := aoraki.abi.UnpackIntoInterface(out, "DeadlineNotPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiDeadlinePassed represents a DeadlinePassed error raised by the Aoraki contract.
type AorakiDeadlinePassed struct {
	Deadline uint64
	Now      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint64 deadline, uint256 now_)
func AorakiDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x3dee80f26b09083e6b22a1f70917a891078741122fa0a3e7bd5b67f2cd39cdd1")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint64 deadline, uint256 now_)
func (aoraki *Aoraki) UnpackDeadlinePassedError(raw []byte) (*AorakiDeadlinePassed, error) {
	out := new(AorakiDeadlinePassed)
	if err := aoraki.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiDeadlineTooFar represents a DeadlineTooFar error raised by the Aoraki contract.
type AorakiDeadlineTooFar struct {
	Deadline uint64
	Latest   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineTooFar(uint64 deadline, uint256 latest)
func AorakiDeadlineTooFarErrorID() common.Hash {
	return common.HexToHash("0x136579e6708497e2e93446e1272753929979efd9296a388acde5779bccc371da")
}

// UnpackDeadlineTooFarError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineTooFar(uint64 deadline, uint256 latest)
func (aoraki *Aoraki) UnpackDeadlineTooFarError(raw []byte) (*AorakiDeadlineTooFar, error) {
	out := new(AorakiDeadlineTooFar)
	if err := aoraki.abi.UnpackIntoInterface(out, "DeadlineTooFar", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiInsufficientGasForCallback represents a InsufficientGasForCallback error raised by the Aoraki contract.
type AorakiInsufficientGasForCallback struct {
	GasLeft *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGasForCallback(uint256 gasLeft, uint256 needed)
func AorakiInsufficientGasForCallbackErrorID() common.Hash {
	return common.HexToHash("0x486594e4294b5c5cda5e4703b770d5a6063f94fe0fac7cf887908574a407e4b8")
}

// UnpackInsufficientGasForCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGasForCallback(uint256 gasLeft, uint256 needed)
func (aoraki *Aoraki) UnpackInsufficientGasForCallbackError(raw []byte) (*AorakiInsufficientGasForCallback, error) {
	out := new(AorakiInsufficientGasForCallback)
	if err := aoraki.abi.UnpackIntoInterface(out, "InsufficientGasForCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiInvalidParameter represents a InvalidParameter error raised by the Aoraki contract.
type AorakiInvalidParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameter(string name)
func AorakiInvalidParameterErrorID() common.Hash {
	return common.HexToHash("0xaa33ade0aeb9f98ab34de64dc8528f518998966a7f9fcee11b746b769d506aa5")
}

// UnpackInvalidParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameter(string name)
func (aoraki *Aoraki) UnpackInvalidParameterError(raw []byte) (*AorakiInvalidParameter, error) {
	out := new(AorakiInvalidParameter)
	if err := aoraki.abi.UnpackIntoInterface(out, "InvalidParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiMalformedSignature represents a MalformedSignature error raised by the Aoraki contract.
type AorakiMalformedSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedSignature()
func AorakiMalformedSignatureErrorID() common.Hash {
	return common.HexToHash("0x55a1e16eadce29d71cb136c0493e3881b154dc5303ad068a5a1e01023482b7e2")
}

// UnpackMalformedSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedSignature()
func (aoraki *Aoraki) UnpackMalformedSignatureError(raw []byte) (*AorakiMalformedSignature, error) {
	out := new(AorakiMalformedSignature)
	if err := aoraki.abi.UnpackIntoInterface(out, "MalformedSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiNodeNotRegistered represents a NodeNotRegistered error raised by the Aoraki contract.
type AorakiNodeNotRegistered struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeNotRegistered(address node)
func AorakiNodeNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x9c3baaedcd13945050d2520b64ddd7584df0bce7a1e1a5e0b36ed0f5159bb7af")
}

// UnpackNodeNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeNotRegistered(address node)
func (aoraki *Aoraki) UnpackNodeNotRegisteredError(raw []byte) (*AorakiNodeNotRegistered, error) {
	out := new(AorakiNodeNotRegistered)
	if err := aoraki.abi.UnpackIntoInterface(out, "NodeNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiNodeStakeTooLow represents a NodeStakeTooLow error raised by the Aoraki contract.
type AorakiNodeStakeTooLow struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeStakeTooLow(uint256 stake, uint256 minStake)
func AorakiNodeStakeTooLowErrorID() common.Hash {
	return common.HexToHash("0xd58e10cbb3d45899d53fce7b5447a1a7869ccb90692d2476c0dcd4f421e77ee8")
}

// UnpackNodeStakeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeStakeTooLow(uint256 stake, uint256 minStake)
func (aoraki *Aoraki) UnpackNodeStakeTooLowError(raw []byte) (*AorakiNodeStakeTooLow, error) {
	out := new(AorakiNodeStakeTooLow)
	if err := aoraki.abi.UnpackIntoInterface(out, "NodeStakeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiNonceUsed represents a NonceUsed error raised by the Aoraki contract.
type AorakiNonceUsed struct {
	Node  common.Address
	Nonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonceUsed(address node, uint256 nonce)
func AorakiNonceUsedErrorID() common.Hash {
	return common.HexToHash("0x2af71f10069c28afc67c3752e87e0e4616a97948d33c8f404a856c0c334b3e01")
}

// UnpackNonceUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonceUsed(address node, uint256 nonce)
func (aoraki *Aoraki) UnpackNonceUsedError(raw []byte) (*AorakiNonceUsed, error) {
	out := new(AorakiNonceUsed)
	if err := aoraki.abi.UnpackIntoInterface(out, "NonceUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiNotRequester represents a NotRequester error raised by the Aoraki contract.
type AorakiNotRequester struct {
	Requester common.Address
	Sender    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(address requester, address sender)
func AorakiNotRequesterErrorID() common.Hash {
	return common.HexToHash("0x0691b032b929d76e12873ceb559e6ea1a430f5e6ad588ffca056b6a5a9c89d14")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(address requester, address sender)
func (aoraki *Aoraki) UnpackNotRequesterError(raw []byte) (*AorakiNotRequester, error) {
	out := new(AorakiNotRequester)
	if err := aoraki.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiNothingToWithdraw represents a NothingToWithdraw error raised by the Aoraki contract.
type AorakiNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func AorakiNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (aoraki *Aoraki) UnpackNothingToWithdrawError(raw []byte) (*AorakiNothingToWithdraw, error) {
	out := new(AorakiNothingToWithdraw)
	if err := aoraki.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiPayoutToZeroAddress represents a PayoutToZeroAddress error raised by the Aoraki contract.
type AorakiPayoutToZeroAddress struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutToZeroAddress(uint256 index)
func AorakiPayoutToZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xe29e539b6395fc47a51434522739d8cc7916b9ef9b069e89887d24755d14f92b")
}

// UnpackPayoutToZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutToZeroAddress(uint256 index)
func (aoraki *Aoraki) UnpackPayoutToZeroAddressError(raw []byte) (*AorakiPayoutToZeroAddress, error) {
	out := new(AorakiPayoutToZeroAddress)
	if err := aoraki.abi.UnpackIntoInterface(out, "PayoutToZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiPayoutsExceedPrice represents a PayoutsExceedPrice error raised by the Aoraki contract.
type AorakiPayoutsExceedPrice struct {
	Total *big.Int
	Price *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutsExceedPrice(uint256 total, uint256 price)
func AorakiPayoutsExceedPriceErrorID() common.Hash {
	return common.HexToHash("0x7f7d771638427ff2a89d4a649f847cd09f6aae2336a3506af2012b3432727e2f")
}

// UnpackPayoutsExceedPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutsExceedPrice(uint256 total, uint256 price)
func (aoraki *Aoraki) UnpackPayoutsExceedPriceError(raw []byte) (*AorakiPayoutsExceedPrice, error) {
	out := new(AorakiPayoutsExceedPrice)
	if err := aoraki.abi.UnpackIntoInterface(out, "PayoutsExceedPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiQuorumNotReached represents a QuorumNotReached error raised by the Aoraki contract.
type AorakiQuorumNotReached struct {
	Attestations *big.Int
	Threshold    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumNotReached(uint256 attestations, uint256 threshold)
func AorakiQuorumNotReachedErrorID() common.Hash {
	return common.HexToHash("0x6a2159843653f10db54c042cb44fca2acd5ab362e9d6b07cb6ba038cc88440ed")
}

// UnpackQuorumNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumNotReached(uint256 attestations, uint256 threshold)
func (aoraki *Aoraki) UnpackQuorumNotReachedError(raw []byte) (*AorakiQuorumNotReached, error) {
	out := new(AorakiQuorumNotReached)
	if err := aoraki.abi.UnpackIntoInterface(out, "QuorumNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiQuoteExpired represents a QuoteExpired error raised by the Aoraki contract.
type AorakiQuoteExpired struct {
	Expiry uint64
	Now    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuoteExpired(uint64 expiry, uint256 now_)
func AorakiQuoteExpiredErrorID() common.Hash {
	return common.HexToHash("0x810e78c79aabf4e697706525bdbb6d877c8314c4798d69ae205f2eb27b494a2e")
}

// UnpackQuoteExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuoteExpired(uint64 expiry, uint256 now_)
func (aoraki *Aoraki) UnpackQuoteExpiredError(raw []byte) (*AorakiQuoteExpired, error) {
	out := new(AorakiQuoteExpired)
	if err := aoraki.abi.UnpackIntoInterface(out, "QuoteExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiReentrancy represents a Reentrancy error raised by the Aoraki contract.
type AorakiReentrancy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrancy()
func AorakiReentrancyErrorID() common.Hash {
	return common.HexToHash("0xab143c06c9772d69bbbc9f2fe74acd02f810e93b099f3d1dac8448ac9ae35991")
}

// UnpackReentrancyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrancy()
func (aoraki *Aoraki) UnpackReentrancyError(raw []byte) (*AorakiReentrancy, error) {
	out := new(AorakiReentrancy)
	if err := aoraki.abi.UnpackIntoInterface(out, "Reentrancy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiStakeTooLarge represents a StakeTooLarge error raised by the Aoraki contract.
type AorakiStakeTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeTooLarge()
func AorakiStakeTooLargeErrorID() common.Hash {
	return common.HexToHash("0x1a64b33b320a74dbbf936e06b1a71cc134531c8396133bc9918496a43a0d0465")
}

// UnpackStakeTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeTooLarge()
func (aoraki *Aoraki) UnpackStakeTooLargeError(raw []byte) (*AorakiStakeTooLarge, error) {
	out := new(AorakiStakeTooLarge)
	if err := aoraki.abi.UnpackIntoInterface(out, "StakeTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiStakeTooLow represents a StakeTooLow error raised by the Aoraki contract.
type AorakiStakeTooLow struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeTooLow(uint256 stake, uint256 minStake)
func AorakiStakeTooLowErrorID() common.Hash {
	return common.HexToHash("0x829f11638d406de2605d01f8ea108c1f13393def0f2b7b6e6ffffd9996d50bd5")
}

// UnpackStakeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeTooLow(uint256 stake, uint256 minStake)
func (aoraki *Aoraki) UnpackStakeTooLowError(raw []byte) (*AorakiStakeTooLow, error) {
	out := new(AorakiStakeTooLow)
	if err := aoraki.abi.UnpackIntoInterface(out, "StakeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiStillLocked represents a StillLocked error raised by the Aoraki contract.
type AorakiStillLocked struct {
	UnlockAt uint64
	Now      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillLocked(uint64 unlockAt, uint256 now_)
func AorakiStillLockedErrorID() common.Hash {
	return common.HexToHash("0x2f05ff6cb48a771025cfcc3ebdc55bf645a43c2d8a073f3a8bcd1a1d4d32ad84")
}

// UnpackStillLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillLocked(uint64 unlockAt, uint256 now_)
func (aoraki *Aoraki) UnpackStillLockedError(raw []byte) (*AorakiStillLocked, error) {
	out := new(AorakiStillLocked)
	if err := aoraki.abi.UnpackIntoInterface(out, "StillLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiTaskNotOpen represents a TaskNotOpen error raised by the Aoraki contract.
type AorakiTaskNotOpen struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskNotOpen(bytes32 taskId)
func AorakiTaskNotOpenErrorID() common.Hash {
	return common.HexToHash("0x1a38cf362df20f062dfa4bcbd633a1e9612ef9d0d7707d9b695c921ba5002942")
}

// UnpackTaskNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskNotOpen(bytes32 taskId)
func (aoraki *Aoraki) UnpackTaskNotOpenError(raw []byte) (*AorakiTaskNotOpen, error) {
	out := new(AorakiTaskNotOpen)
	if err := aoraki.abi.UnpackIntoInterface(out, "TaskNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiTasksStillOpen represents a TasksStillOpen error raised by the Aoraki contract.
type AorakiTasksStillOpen struct {
	OpenTasks uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TasksStillOpen(uint32 openTasks)
func AorakiTasksStillOpenErrorID() common.Hash {
	return common.HexToHash("0xed06bc2efed30360002e6abdba979058488f1844f71eb75fc3f2dfb6526514a7")
}

// UnpackTasksStillOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TasksStillOpen(uint32 openTasks)
func (aoraki *Aoraki) UnpackTasksStillOpenError(raw []byte) (*AorakiTasksStillOpen, error) {
	out := new(AorakiTasksStillOpen)
	if err := aoraki.abi.UnpackIntoInterface(out, "TasksStillOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiTransferFailed represents a TransferFailed error raised by the Aoraki contract.
type AorakiTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func AorakiTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (aoraki *Aoraki) UnpackTransferFailedError(raw []byte) (*AorakiTransferFailed, error) {
	out := new(AorakiTransferFailed)
	if err := aoraki.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiVerifierRejected represents a VerifierRejected error raised by the Aoraki contract.
type AorakiVerifierRejected struct {
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierRejected(address verifier)
func AorakiVerifierRejectedErrorID() common.Hash {
	return common.HexToHash("0xb8ac55accd02fce8d67495912a7d93afec469dfab28ac363bfbe72b1bd3d4365")
}

// UnpackVerifierRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierRejected(address verifier)
func (aoraki *Aoraki) UnpackVerifierRejectedError(raw []byte) (*AorakiVerifierRejected, error) {
	out := new(AorakiVerifierRejected)
	if err := aoraki.abi.UnpackIntoInterface(out, "VerifierRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiWrongNodeState represents a WrongNodeState error raised by the Aoraki contract.
type AorakiWrongNodeState struct {
	Node   common.Address
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongNodeState(address node, uint8 status)
func AorakiWrongNodeStateErrorID() common.Hash {
	return common.HexToHash("0x6ee4153d7d50d1207cfdc4927db9b896ce3f77a781a84e994a86b45ed6b6fc4d")
}

// UnpackWrongNodeStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongNodeState(address node, uint8 status)
func (aoraki *Aoraki) UnpackWrongNodeStateError(raw []byte) (*AorakiWrongNodeState, error) {
	out := new(AorakiWrongNodeState)
	if err := aoraki.abi.UnpackIntoInterface(out, "WrongNodeState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiWrongPayment represents a WrongPayment error raised by the Aoraki contract.
type AorakiWrongPayment struct {
	Paid  *big.Int
	Price *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPayment(uint256 paid, uint256 price)
func AorakiWrongPaymentErrorID() common.Hash {
	return common.HexToHash("0x0dd32d1c3ef0af2f42e38a7f633c5c154da0aa1d3a58e8dcd04bcd6fb310ac9d")
}

// UnpackWrongPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPayment(uint256 paid, uint256 price)
func (aoraki *Aoraki) UnpackWrongPaymentError(raw []byte) (*AorakiWrongPayment, error) {
	out := new(AorakiWrongPayment)
	if err := aoraki.abi.UnpackIntoInterface(out, "WrongPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiWrongQuoteSigner represents a WrongQuoteSigner error raised by the Aoraki contract.
type AorakiWrongQuoteSigner struct {
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongQuoteSigner(address expected, address recovered)
func AorakiWrongQuoteSignerErrorID() common.Hash {
	return common.HexToHash("0xdb733e680d680e9a959f2bb830c1a0eda0f9f6873d4a17fdc8ebce90f1b34391")
}

// UnpackWrongQuoteSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongQuoteSigner(address expected, address recovered)
func (aoraki *Aoraki) UnpackWrongQuoteSignerError(raw []byte) (*AorakiWrongQuoteSigner, error) {
	out := new(AorakiWrongQuoteSigner)
	if err := aoraki.abi.UnpackIntoInterface(out, "WrongQuoteSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}
