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

// ReceiptSegment is an auto generated low-level Go binding around an user-defined struct.
type ReceiptSegment struct {
	Family        [32]byte
	ProgramId     [32]byte
	StateIn       [32]byte
	StateOut      [32]byte
	InputIn       [32]byte
	InputOut      [32]byte
	Prover        common.Address
	Price         *big.Int
	Proof         [8]*big.Int
	Commitment    [2]*big.Int
	CommitmentPok [2]*big.Int
}

// TaskQuote is an auto generated low-level Go binding around an user-defined struct.
type TaskQuote struct {
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

// ReceiptVerifierMetaData contains all meta data concerning the ReceiptVerifier contract.
var ReceiptVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractAoraki\",\"name\":\"aoraki_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyPinned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"BadParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"familyId\",\"type\":\"bytes32\"}],\"name\":\"FamilyExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"KeyStoreFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotQuoteRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"TaskAlreadySubmitted\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"familyId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"initialInput\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"keys\",\"type\":\"address\"}],\"name\":\"FamilyRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"}],\"name\":\"InitialStatePinned\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"KEY_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"aoraki\",\"outputs\":[{\"internalType\":\"contractAoraki\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"check\",\"outputs\":[{\"internalType\":\"enumReceiptVerifier.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"provingDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"internalType\":\"structTaskQuote\",\"name\":\"quote\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"family\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateIn\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateOut\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputIn\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputOut\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"},{\"internalType\":\"uint256[2]\",\"name\":\"commitment\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"commitmentPok\",\"type\":\"uint256[2]\"}],\"internalType\":\"structReceiptSegment[]\",\"name\":\"segments\",\"type\":\"tuple[]\"}],\"name\":\"encodeProof\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"families\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"keys\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialInput\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"familyId\",\"type\":\"bytes32\"}],\"name\":\"familyKey\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"key\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"provingDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"internalType\":\"structTaskQuote\",\"name\":\"q\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"}],\"name\":\"pinInitialState\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"pinnedInitialState\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialInput\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[38]\",\"name\":\"key\",\"type\":\"uint256[38]\"}],\"name\":\"registerFamily\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyReceipt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ReceiptVerifier",
	Bin: "0x60c0346100c257601f6115b438819003918201601f19168301916001600160401b038311848410176100c6578084926020946040528339810103126100c257516001600160a01b0381168082036100c2573b15610093573360805260a0526040516114d990816100db823960805181818161070c015261077c015260a051818181610164015281816106c90152610e800152f35b60405163e70e701560e01b8152602060048201526006602482015265616f72616b6960d01b6044820152606490fd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80631cde29ca14610d525780632591c77314610d09578063535e401c14610cd65780637582d22614610cac57806387f33a11146107305780638da5cb5b146106ed578063a74067a7146106aa578063c27a659a14610461578063c810544214610111578063db8721e9146100b15763e230333f14610092575f80fd5b346100ad575f3660031901126100ad57602060405160268152f35b5f80fd5b346100ad5760203660031901126100ad576100cd600435611204565b6040518091602082016020835281518091526020604084019201905f5b8181106100f8575050500390f35b82518452859450602093840193909201916001016100ea565b346100ad57366003190161016081126100ad57610140136100ad57610144356001600160a01b036101406111da565b16330361042157801580156103f7575b6103b157604051635f7be80d60e01b8152907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661014060048085013760208361014481845afa60203d14169251921561036c57825f52600160205260405f20546103405760e0602491604051928380927fe579f5000000000000000000000000000000000000000000000000000000000082528760048301525afa908115610335575f91610293575b50600481101561027f576102535790807f8b2bea3243ff50b6299696a086a0af15580ef2a6ca4f031bd7cd2b42f33ca51f60208094835f52600182528060405f2055604051908152a2604051908152f35b507ffcd61d04000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b905060e0813d60e01161032d575b816102ae60e09383610dfa565b810103126100ad576102bf816111f0565b50602081015164ffffffffff8116036100ad5760408101519060048210156100ad57606081015163ffffffff8116036100ad57608081015161ffff8116036100ad578061031060a060c093016111f0565b5001516bffffffffffffffffffffffff8116036100ad5783610202565b3d91506102a1565b6040513d5f823e3d90fd5b827f772b5d7d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b606460405163e70e701560e01b815260206004820152600560248201527f71756f74650000000000000000000000000000000000000000000000000000006044820152fd5b60405163e70e701560e01b815260206004820152600c60248201527f696e697469616c537461746500000000000000000000000000000000000000006044820152606490fd5b507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001811015610150565b6001600160a01b036104316111da565b7fd7282187000000000000000000000000000000000000000000000000000000005f52166004523360245260445ffd5b346100ad57366003190161016081126100ad57610140136100ad576101443567ffffffffffffffff81116100ad57366023820112156100ad5780600401359067ffffffffffffffff82116100ad573660246102808402830101116100ad5760405190602082019261018083016004356001600160a01b0381168091036100ad5785526024356001600160a01b0381168091036100ad576040850152604435606085015260643560808501526084356bffffffffffffffffffffffff81168091036100ad5760a085015260a43567ffffffffffffffff81168091036100ad5760c085015260c43567ffffffffffffffff81168091036100ad5760e085015260e435610100850152610104356001600160a01b0381168091036100ad5761012085015261012435906001600160a01b0382168092036100ad578291610140860152610160808601525260246101a084019201905f905b8082106105fe57856040866105d3818803601f198101835282610dfa565b8151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b909192833581526020840135602082015260408401356040820152606084013560608201526080840135608082015260a084013560a082015260c08401356001600160a01b0381168091036100ad5760c082015260e0840135906bffffffffffffffffffffffff82168092036100ad576102808160019360e0839401526101008088018183013760406102008801610200830137604061024088016102408301370194019201906105b5565b346100ad575f3660031901126100ad5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100ad575f3660031901126100ad5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100ad576105203660031901126100ad5760043567ffffffffffffffff81116100ad57610762903690600401610d79565b6024359160443536610524116100ad576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163303610c80578215610c3b577f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018410156103b1577f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001811015610bf65767ffffffffffffffff8311610be257601f19601f840116916040516108206020850182610dfa565b848152602081019036868401116100ad57858383375f6020878301015251902091825f525f6020526001600160a01b0360405f205416610bb657610504356104e435171594851595610b8f575b5f5b8615610b865760ff60265b168110156109235761088b816114b3565b35600182018083116108e4576108a0906114b3565b35604080518381528260208201525f828201525f606082015260808160065afa9117151516156108f857806108d75750601661086f565b600281018091111561086f575b634e487b7160e01b5f52601160045260245ffd5b7fe938ac38000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b508660025b8715610b7d5760ff60165b168110156109e857610944816114b3565b35600182018083116108e457610959906114b3565b35600283018084116108e45761096e906114b3565b3591600384018085116108e457610984906114b3565b3591604051925f84525f60208501528260408501528160608501528460808501528060a0850152600160208560c08160085afa945114941791171715151616156108f857600481018091111561092857634e487b7160e01b5f52601160045260245ffd5b506001600160a01b0360405160208101907f610000000000000000000000000000000000000000000000000000000000000082527f04c100000000000000000000000000000000000000000000000000000000000060218201527f80600c6000396000f3000000000000000000000000000000000000000000000060238201526104c06064602d8301376104cd8152610a836104ed82610dfa565b51905ff016938415610b555760209686957f89897bb19facaa0189e02cceba17e5a6f9fddf6d3b5bf5e4524844152e229deb9560a094604051610ac581610dde565b83815260028c820183815260408301908582528c5f525f8f526001600160a01b0360405f209451167fffffffffffffffffffffffff0000000000000000000000000000000000000000855416178455516001840155519101555f8688604051998a9860808a528160808b0152838a0137870101528a850152604084015260608301528101030190a2604051908152f35b7f1fe07fbc000000000000000000000000000000000000000000000000000000005f5260045ffd5b60ff600e610933565b60ff602461087a565b600e5b60168110610ba0575061086d565b610ba9816114b3565b356108f857600101610b92565b827f862e440f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b606460405163e70e701560e01b815260206004820152600c60248201527f696e697469616c496e70757400000000000000000000000000000000000000006044820152fd5b606460405163e70e701560e01b815260206004820152600460248201527f6e616d65000000000000000000000000000000000000000000000000000000006044820152fd5b7f245aecd3000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346100ad5760203660031901126100ad576004355f526001602052602060405f2054604051908152f35b346100ad57610cf0610ce736610da7565b92919091610e1c565b60405190600d83101561027f5760409282526020820152f35b346100ad5760203660031901126100ad576004355f525f602052606060405f206001600160a01b0381541690600260018201549101549060405192835260208301526040820152f35b346100ad57610d63610ce736610da7565b50600d81101561027f5760209060405190158152f35b9181601f840112156100ad5782359167ffffffffffffffff83116100ad57602083818601950101116100ad57565b60606003198201126100ad5760043591602435916044359067ffffffffffffffff82116100ad57610dda91600401610d79565b9091565b6060810190811067ffffffffffffffff821117610be257604052565b90601f8019910116810190811067ffffffffffffffff821117610be257604052565b909392919361018090818410611177576101608601359361016061014088013514908115916111be575b8115611184575b5061117757831561116a57604051635f7be80d60e01b815261014087600483013783602082610144816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa91511460203d1416161561115d5760408601359186013591825f525f60205260405f209160405193610ed385610dde565b6001600160a01b0384541693848652600181015460026020880192828452015495604088019687521561114b57156111375751905b811561112657935160608a01359490801561111e579390935b935f915b898310610fc85750505003610fb25703610f9e576001600160a01b03905116936104c0600160405180973c6104c085016040525f5b838110610f6d575050505090505f905f90565b610f868360405160148402600c0160051b850189611284565b15610f9357600101610f5a565b9450505050600b9190565b50505f198101925082116108e457600c9190565b50505f1983019450505082116108e457600a9190565b9091949260148602938615908786046014148217156108e45785600c019283600c116108e457601287018085116108e45760051b8f013560a01c15801590611102575b6110ee57858f8560051b0135036110da57600d87018085116108e4578f869160051b0135036110c657600e87018085116108e45760051b8f0135036110ad57601086018084116108e45760051b8e01350361108f5750600f84018082116108e45760119060051b8d013594018091116108e45760051b8b0135946001019190610f25565b9950505050505095505050505f146110a75760089190565b60099190565b509950505050505095505050505f146110a75760089190565b505050505050505095505050505060069190565b505050505050505095505050505060059190565b505050505050505095505050505060019190565b50601387018085116108e45760051b8f013560601c151561100b565b509284610f21565b505050505050505090506007905f90565b50855f52600160205260405f205490610f08565b50505050505050505090506004905f90565b5050505090506002905f90565b5050505090506003905f90565b5050505090506001905f90565b905060148502858104601414861517156108e457610280860290808204602014901517156108e4578301908184116108e45714155f610e4d565b905061017f1981018181116108e4576102809004851190610e46565b6024356001600160a01b03811681036100ad5790565b51906001600160a01b03821682036100ad57565b5f525f6020526001600160a01b0360405f205416908115611248576104c060016104e06040516112348282610dfa565b602681526020810191601f1901368337943c565b60609150565b91905f9360408093835e8282015260608160075afa156112805780608060409260065afa1561127d5750600190565b90565b5090565b5f949360015b60068110611476575083526020830190604060c0840183377f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016060852006604085016104a08301516104808401908151175f14611448576102008601604081893760806102408601845e6040610240880160c08a013760806101c086016101008a015e6020886101808160085afa1561143e57600188510361143e57604081893760407f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818a200691816102c088018b5e843760408860808160065afa1561143e5761137791838961124e565b15611436575b60015b6006811061140557509061139a916104408401908761124e565b156113ff5760809260c09261010080875192519301873784610140840161010088015e60408361018088015e84604084016101c088015e6102408601526102608501520161028083015e6020816103008160085afa156113fc57516001149150565b50565b50505050565b6114208160051b8701356102c08360061b870101848a61124e565b1561142d57600101611380565b50505050505050565b505050505050565b5050505050505050565b506102608501356102408601351761022086013561020087013517176114365760406102c08401875e61137d565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018160051b85013510156114ac5760010161128a565b5050505050565b60268110156114c55760051b60640190565b634e487b7160e01b5f52603260045260245ffd",
}

// ReceiptVerifier is an auto generated Go binding around an Ethereum contract.
type ReceiptVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReceiptVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewReceiptVerifier creates a new instance of ReceiptVerifier.
func NewReceiptVerifier() *ReceiptVerifier {
	parsed, err := ReceiptVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReceiptVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReceiptVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address aoraki_) returns()
func (receiptVerifier *ReceiptVerifier) PackConstructor(aoraki_ common.Address) []byte {
	enc, err := receiptVerifier.abi.Pack("", aoraki_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackKEYWORDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe230333f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KEY_WORDS() view returns(uint256)
func (receiptVerifier *ReceiptVerifier) PackKEYWORDS() []byte {
	enc, err := receiptVerifier.abi.Pack("KEY_WORDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKEYWORDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe230333f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KEY_WORDS() view returns(uint256)
func (receiptVerifier *ReceiptVerifier) TryPackKEYWORDS() ([]byte, error) {
	return receiptVerifier.abi.Pack("KEY_WORDS")
}

// UnpackKEYWORDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe230333f.
//
// Solidity: function KEY_WORDS() view returns(uint256)
func (receiptVerifier *ReceiptVerifier) UnpackKEYWORDS(data []byte) (*big.Int, error) {
	out, err := receiptVerifier.abi.Unpack("KEY_WORDS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAoraki is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa74067a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aoraki() view returns(address)
func (receiptVerifier *ReceiptVerifier) PackAoraki() []byte {
	enc, err := receiptVerifier.abi.Pack("aoraki")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAoraki is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa74067a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aoraki() view returns(address)
func (receiptVerifier *ReceiptVerifier) TryPackAoraki() ([]byte, error) {
	return receiptVerifier.abi.Pack("aoraki")
}

// UnpackAoraki is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa74067a7.
//
// Solidity: function aoraki() view returns(address)
func (receiptVerifier *ReceiptVerifier) UnpackAoraki(data []byte) (common.Address, error) {
	out, err := receiptVerifier.abi.Unpack("aoraki", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x535e401c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function check(bytes32 taskId, bytes32 resultDigest, bytes proof) view returns(uint8 verdict, uint256 segment)
func (receiptVerifier *ReceiptVerifier) PackCheck(taskId [32]byte, resultDigest [32]byte, proof []byte) []byte {
	enc, err := receiptVerifier.abi.Pack("check", taskId, resultDigest, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x535e401c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function check(bytes32 taskId, bytes32 resultDigest, bytes proof) view returns(uint8 verdict, uint256 segment)
func (receiptVerifier *ReceiptVerifier) TryPackCheck(taskId [32]byte, resultDigest [32]byte, proof []byte) ([]byte, error) {
	return receiptVerifier.abi.Pack("check", taskId, resultDigest, proof)
}

// CheckOutput serves as a container for the return parameters of contract
// method Check.
type CheckOutput struct {
	Verdict uint8
	Segment *big.Int
}

// UnpackCheck is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x535e401c.
//
// Solidity: function check(bytes32 taskId, bytes32 resultDigest, bytes proof) view returns(uint8 verdict, uint256 segment)
func (receiptVerifier *ReceiptVerifier) UnpackCheck(data []byte) (CheckOutput, error) {
	out, err := receiptVerifier.abi.Unpack("check", data)
	outstruct := new(CheckOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Verdict = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Segment = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackEncodeProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc27a659a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encodeProof((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) quote, (bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,address,uint96,uint256[8],uint256[2],uint256[2])[] segments) pure returns(bytes)
func (receiptVerifier *ReceiptVerifier) PackEncodeProof(quote TaskQuote, segments []ReceiptSegment) []byte {
	enc, err := receiptVerifier.abi.Pack("encodeProof", quote, segments)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncodeProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc27a659a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encodeProof((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) quote, (bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,address,uint96,uint256[8],uint256[2],uint256[2])[] segments) pure returns(bytes)
func (receiptVerifier *ReceiptVerifier) TryPackEncodeProof(quote TaskQuote, segments []ReceiptSegment) ([]byte, error) {
	return receiptVerifier.abi.Pack("encodeProof", quote, segments)
}

// UnpackEncodeProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc27a659a.
//
// Solidity: function encodeProof((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) quote, (bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,address,uint96,uint256[8],uint256[2],uint256[2])[] segments) pure returns(bytes)
func (receiptVerifier *ReceiptVerifier) UnpackEncodeProof(data []byte) ([]byte, error) {
	out, err := receiptVerifier.abi.Unpack("encodeProof", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackFamilies is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2591c773.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function families(bytes32 ) view returns(address keys, bytes32 initialState, bytes32 initialInput)
func (receiptVerifier *ReceiptVerifier) PackFamilies(arg0 [32]byte) []byte {
	enc, err := receiptVerifier.abi.Pack("families", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFamilies is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2591c773.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function families(bytes32 ) view returns(address keys, bytes32 initialState, bytes32 initialInput)
func (receiptVerifier *ReceiptVerifier) TryPackFamilies(arg0 [32]byte) ([]byte, error) {
	return receiptVerifier.abi.Pack("families", arg0)
}

// FamiliesOutput serves as a container for the return parameters of contract
// method Families.
type FamiliesOutput struct {
	Keys         common.Address
	InitialState [32]byte
	InitialInput [32]byte
}

// UnpackFamilies is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2591c773.
//
// Solidity: function families(bytes32 ) view returns(address keys, bytes32 initialState, bytes32 initialInput)
func (receiptVerifier *ReceiptVerifier) UnpackFamilies(data []byte) (FamiliesOutput, error) {
	out, err := receiptVerifier.abi.Unpack("families", data)
	outstruct := new(FamiliesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Keys = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.InitialState = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.InitialInput = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackFamilyKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb8721e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function familyKey(bytes32 familyId) view returns(uint256[] key)
func (receiptVerifier *ReceiptVerifier) PackFamilyKey(familyId [32]byte) []byte {
	enc, err := receiptVerifier.abi.Pack("familyKey", familyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFamilyKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb8721e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function familyKey(bytes32 familyId) view returns(uint256[] key)
func (receiptVerifier *ReceiptVerifier) TryPackFamilyKey(familyId [32]byte) ([]byte, error) {
	return receiptVerifier.abi.Pack("familyKey", familyId)
}

// UnpackFamilyKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb8721e9.
//
// Solidity: function familyKey(bytes32 familyId) view returns(uint256[] key)
func (receiptVerifier *ReceiptVerifier) UnpackFamilyKey(data []byte) ([]*big.Int, error) {
	out, err := receiptVerifier.abi.Unpack("familyKey", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (receiptVerifier *ReceiptVerifier) PackOwner() []byte {
	enc, err := receiptVerifier.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (receiptVerifier *ReceiptVerifier) TryPackOwner() ([]byte, error) {
	return receiptVerifier.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (receiptVerifier *ReceiptVerifier) UnpackOwner(data []byte) (common.Address, error) {
	out, err := receiptVerifier.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPinInitialState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8105442.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pinInitialState((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q, bytes32 initialState) returns(bytes32 taskId)
func (receiptVerifier *ReceiptVerifier) PackPinInitialState(q TaskQuote, initialState [32]byte) []byte {
	enc, err := receiptVerifier.abi.Pack("pinInitialState", q, initialState)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPinInitialState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8105442.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pinInitialState((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q, bytes32 initialState) returns(bytes32 taskId)
func (receiptVerifier *ReceiptVerifier) TryPackPinInitialState(q TaskQuote, initialState [32]byte) ([]byte, error) {
	return receiptVerifier.abi.Pack("pinInitialState", q, initialState)
}

// UnpackPinInitialState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8105442.
//
// Solidity: function pinInitialState((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q, bytes32 initialState) returns(bytes32 taskId)
func (receiptVerifier *ReceiptVerifier) UnpackPinInitialState(data []byte) ([32]byte, error) {
	out, err := receiptVerifier.abi.Unpack("pinInitialState", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPinnedInitialState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7582d226.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pinnedInitialState(bytes32 ) view returns(bytes32)
func (receiptVerifier *ReceiptVerifier) PackPinnedInitialState(arg0 [32]byte) []byte {
	enc, err := receiptVerifier.abi.Pack("pinnedInitialState", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPinnedInitialState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7582d226.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pinnedInitialState(bytes32 ) view returns(bytes32)
func (receiptVerifier *ReceiptVerifier) TryPackPinnedInitialState(arg0 [32]byte) ([]byte, error) {
	return receiptVerifier.abi.Pack("pinnedInitialState", arg0)
}

// UnpackPinnedInitialState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7582d226.
//
// Solidity: function pinnedInitialState(bytes32 ) view returns(bytes32)
func (receiptVerifier *ReceiptVerifier) UnpackPinnedInitialState(data []byte) ([32]byte, error) {
	out, err := receiptVerifier.abi.Unpack("pinnedInitialState", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegisterFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87f33a11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerFamily(string name, bytes32 initialState, bytes32 initialInput, uint256[38] key) returns(bytes32 id)
func (receiptVerifier *ReceiptVerifier) PackRegisterFamily(name string, initialState [32]byte, initialInput [32]byte, key [38]*big.Int) []byte {
	enc, err := receiptVerifier.abi.Pack("registerFamily", name, initialState, initialInput, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87f33a11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerFamily(string name, bytes32 initialState, bytes32 initialInput, uint256[38] key) returns(bytes32 id)
func (receiptVerifier *ReceiptVerifier) TryPackRegisterFamily(name string, initialState [32]byte, initialInput [32]byte, key [38]*big.Int) ([]byte, error) {
	return receiptVerifier.abi.Pack("registerFamily", name, initialState, initialInput, key)
}

// UnpackRegisterFamily is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x87f33a11.
//
// Solidity: function registerFamily(string name, bytes32 initialState, bytes32 initialInput, uint256[38] key) returns(bytes32 id)
func (receiptVerifier *ReceiptVerifier) UnpackRegisterFamily(data []byte) ([32]byte, error) {
	out, err := receiptVerifier.abi.Unpack("registerFamily", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerifyReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cde29ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyReceipt(bytes32 taskId, bytes32 resultDigest, bytes proof) view returns(bool)
func (receiptVerifier *ReceiptVerifier) PackVerifyReceipt(taskId [32]byte, resultDigest [32]byte, proof []byte) []byte {
	enc, err := receiptVerifier.abi.Pack("verifyReceipt", taskId, resultDigest, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cde29ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyReceipt(bytes32 taskId, bytes32 resultDigest, bytes proof) view returns(bool)
func (receiptVerifier *ReceiptVerifier) TryPackVerifyReceipt(taskId [32]byte, resultDigest [32]byte, proof []byte) ([]byte, error) {
	return receiptVerifier.abi.Pack("verifyReceipt", taskId, resultDigest, proof)
}

// UnpackVerifyReceipt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cde29ca.
//
// Solidity: function verifyReceipt(bytes32 taskId, bytes32 resultDigest, bytes proof) view returns(bool)
func (receiptVerifier *ReceiptVerifier) UnpackVerifyReceipt(data []byte) (bool, error) {
	out, err := receiptVerifier.abi.Unpack("verifyReceipt", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ReceiptVerifierFamilyRegistered represents a FamilyRegistered event raised by the ReceiptVerifier contract.
type ReceiptVerifierFamilyRegistered struct {
	FamilyId     [32]byte
	Name         string
	InitialState [32]byte
	InitialInput [32]byte
	Keys         common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const ReceiptVerifierFamilyRegisteredEventName = "FamilyRegistered"

// ContractEventName returns the user-defined event name.
func (ReceiptVerifierFamilyRegistered) ContractEventName() string {
	return ReceiptVerifierFamilyRegisteredEventName
}

// UnpackFamilyRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FamilyRegistered(bytes32 indexed familyId, string name, bytes32 initialState, bytes32 initialInput, address keys)
func (receiptVerifier *ReceiptVerifier) UnpackFamilyRegisteredEvent(log *types.Log) (*ReceiptVerifierFamilyRegistered, error) {
	event := "FamilyRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receiptVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceiptVerifierFamilyRegistered)
	if len(log.Data) > 0 {
		if err := receiptVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receiptVerifier.abi.Events[event].Inputs {
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

// ReceiptVerifierInitialStatePinned represents a InitialStatePinned event raised by the ReceiptVerifier contract.
type ReceiptVerifierInitialStatePinned struct {
	TaskId       [32]byte
	InitialState [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const ReceiptVerifierInitialStatePinnedEventName = "InitialStatePinned"

// ContractEventName returns the user-defined event name.
func (ReceiptVerifierInitialStatePinned) ContractEventName() string {
	return ReceiptVerifierInitialStatePinnedEventName
}

// UnpackInitialStatePinnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InitialStatePinned(bytes32 indexed taskId, bytes32 initialState)
func (receiptVerifier *ReceiptVerifier) UnpackInitialStatePinnedEvent(log *types.Log) (*ReceiptVerifierInitialStatePinned, error) {
	event := "InitialStatePinned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != receiptVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReceiptVerifierInitialStatePinned)
	if len(log.Data) > 0 {
		if err := receiptVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range receiptVerifier.abi.Events[event].Inputs {
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
func (receiptVerifier *ReceiptVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], receiptVerifier.abi.Errors["AlreadyPinned"].ID.Bytes()[:4]) {
		return receiptVerifier.UnpackAlreadyPinnedError(raw[4:])
	}
	if bytes.Equal(raw[:4], receiptVerifier.abi.Errors["BadParameter"].ID.Bytes()[:4]) {
		return receiptVerifier.UnpackBadParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], receiptVerifier.abi.Errors["FamilyExists"].ID.Bytes()[:4]) {
		return receiptVerifier.UnpackFamilyExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], receiptVerifier.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return receiptVerifier.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], receiptVerifier.abi.Errors["KeyStoreFailed"].ID.Bytes()[:4]) {
		return receiptVerifier.UnpackKeyStoreFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], receiptVerifier.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return receiptVerifier.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], receiptVerifier.abi.Errors["NotQuoteRequester"].ID.Bytes()[:4]) {
		return receiptVerifier.UnpackNotQuoteRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], receiptVerifier.abi.Errors["TaskAlreadySubmitted"].ID.Bytes()[:4]) {
		return receiptVerifier.UnpackTaskAlreadySubmittedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReceiptVerifierAlreadyPinned represents a AlreadyPinned error raised by the ReceiptVerifier contract.
type ReceiptVerifierAlreadyPinned struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyPinned(bytes32 taskId)
func ReceiptVerifierAlreadyPinnedErrorID() common.Hash {
	return common.HexToHash("0x772b5d7d890a5109cde2e63be0820068c0b5cb94e3b8b08347f4ffa174eb9d1c")
}

// UnpackAlreadyPinnedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyPinned(bytes32 taskId)
func (receiptVerifier *ReceiptVerifier) UnpackAlreadyPinnedError(raw []byte) (*ReceiptVerifierAlreadyPinned, error) {
	out := new(ReceiptVerifierAlreadyPinned)
	if err := receiptVerifier.abi.UnpackIntoInterface(out, "AlreadyPinned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceiptVerifierBadParameter represents a BadParameter error raised by the ReceiptVerifier contract.
type ReceiptVerifierBadParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParameter(string name)
func ReceiptVerifierBadParameterErrorID() common.Hash {
	return common.HexToHash("0xe70e70154c448e6c8330844843e6f2f9c303eeed653927da22f68fbfa1bb820c")
}

// UnpackBadParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParameter(string name)
func (receiptVerifier *ReceiptVerifier) UnpackBadParameterError(raw []byte) (*ReceiptVerifierBadParameter, error) {
	out := new(ReceiptVerifierBadParameter)
	if err := receiptVerifier.abi.UnpackIntoInterface(out, "BadParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceiptVerifierFamilyExists represents a FamilyExists error raised by the ReceiptVerifier contract.
type ReceiptVerifierFamilyExists struct {
	FamilyId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FamilyExists(bytes32 familyId)
func ReceiptVerifierFamilyExistsErrorID() common.Hash {
	return common.HexToHash("0x862e440f3c46a7c872a1cfbaf311cb9c64ed7f02aff253b62e765cfc0b56796e")
}

// UnpackFamilyExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FamilyExists(bytes32 familyId)
func (receiptVerifier *ReceiptVerifier) UnpackFamilyExistsError(raw []byte) (*ReceiptVerifierFamilyExists, error) {
	out := new(ReceiptVerifierFamilyExists)
	if err := receiptVerifier.abi.UnpackIntoInterface(out, "FamilyExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceiptVerifierInvalidKey represents a InvalidKey error raised by the ReceiptVerifier contract.
type ReceiptVerifierInvalidKey struct {
	Word *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey(uint256 word)
func ReceiptVerifierInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0xe938ac382c26132aa5fe4af2c5e9ee88093da80920d00cf75ecb3ea33e4dd494")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey(uint256 word)
func (receiptVerifier *ReceiptVerifier) UnpackInvalidKeyError(raw []byte) (*ReceiptVerifierInvalidKey, error) {
	out := new(ReceiptVerifierInvalidKey)
	if err := receiptVerifier.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceiptVerifierKeyStoreFailed represents a KeyStoreFailed error raised by the ReceiptVerifier contract.
type ReceiptVerifierKeyStoreFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyStoreFailed()
func ReceiptVerifierKeyStoreFailedErrorID() common.Hash {
	return common.HexToHash("0x1fe07fbc41e3613afdbf92e407cdd90abebcbe85fe1b396125f02b1a30d02bff")
}

// UnpackKeyStoreFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyStoreFailed()
func (receiptVerifier *ReceiptVerifier) UnpackKeyStoreFailedError(raw []byte) (*ReceiptVerifierKeyStoreFailed, error) {
	out := new(ReceiptVerifierKeyStoreFailed)
	if err := receiptVerifier.abi.UnpackIntoInterface(out, "KeyStoreFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceiptVerifierNotOwner represents a NotOwner error raised by the ReceiptVerifier contract.
type ReceiptVerifierNotOwner struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address sender)
func ReceiptVerifierNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address sender)
func (receiptVerifier *ReceiptVerifier) UnpackNotOwnerError(raw []byte) (*ReceiptVerifierNotOwner, error) {
	out := new(ReceiptVerifierNotOwner)
	if err := receiptVerifier.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceiptVerifierNotQuoteRequester represents a NotQuoteRequester error raised by the ReceiptVerifier contract.
type ReceiptVerifierNotQuoteRequester struct {
	Requester common.Address
	Sender    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotQuoteRequester(address requester, address sender)
func ReceiptVerifierNotQuoteRequesterErrorID() common.Hash {
	return common.HexToHash("0xd728218755567c4fc79d4403b4d02fd14f2dd7c49faa1e641c11ed092fb956a8")
}

// UnpackNotQuoteRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotQuoteRequester(address requester, address sender)
func (receiptVerifier *ReceiptVerifier) UnpackNotQuoteRequesterError(raw []byte) (*ReceiptVerifierNotQuoteRequester, error) {
	out := new(ReceiptVerifierNotQuoteRequester)
	if err := receiptVerifier.abi.UnpackIntoInterface(out, "NotQuoteRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReceiptVerifierTaskAlreadySubmitted represents a TaskAlreadySubmitted error raised by the ReceiptVerifier contract.
type ReceiptVerifierTaskAlreadySubmitted struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskAlreadySubmitted(bytes32 taskId)
func ReceiptVerifierTaskAlreadySubmittedErrorID() common.Hash {
	return common.HexToHash("0xfcd61d04bfd41c3e9ddd31b140bbe25cb7ac16d0bd315ad4a1a1251260783960")
}

// UnpackTaskAlreadySubmittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskAlreadySubmitted(bytes32 taskId)
func (receiptVerifier *ReceiptVerifier) UnpackTaskAlreadySubmittedError(raw []byte) (*ReceiptVerifierTaskAlreadySubmitted, error) {
	out := new(ReceiptVerifierTaskAlreadySubmitted)
	if err := receiptVerifier.abi.UnpackIntoInterface(out, "TaskAlreadySubmitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}
