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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractAoraki\",\"name\":\"aoraki_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyPinned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"BadParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"familyId\",\"type\":\"bytes32\"}],\"name\":\"FamilyExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"KeyStoreFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotQuoteRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"TaskAlreadySubmitted\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"familyId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"keys\",\"type\":\"address\"}],\"name\":\"FamilyRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"}],\"name\":\"InitialStatePinned\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"KEY_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"aoraki\",\"outputs\":[{\"internalType\":\"contractAoraki\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"check\",\"outputs\":[{\"internalType\":\"enumReceiptVerifier.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"provingDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"internalType\":\"structTaskQuote\",\"name\":\"quote\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"family\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateIn\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateOut\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"},{\"internalType\":\"uint256[2]\",\"name\":\"commitment\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"commitmentPok\",\"type\":\"uint256[2]\"}],\"internalType\":\"structReceiptSegment[]\",\"name\":\"segments\",\"type\":\"tuple[]\"}],\"name\":\"encodeProof\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"families\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"keys\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"familyId\",\"type\":\"bytes32\"}],\"name\":\"familyKey\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"key\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"provingDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"internalType\":\"structTaskQuote\",\"name\":\"q\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"}],\"name\":\"pinInitialState\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"pinnedInitialState\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[32]\",\"name\":\"key\",\"type\":\"uint256[32]\"}],\"name\":\"registerFamily\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyReceipt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ReceiptVerifier",
	Bin: "0x60c0346100c257601f61143f38819003918201601f19168301916001600160401b038311848410176100c6578084926020946040528339810103126100c257516001600160a01b0381168082036100c2573b15610093573360805260a05260405161136490816100db82396080518181816104aa0152610a11015260a051818181610163015281816109ce0152610df10152f35b60405163e70e701560e01b8152602060048201526006602482015265616f72616b6960d01b6044820152606490fd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80631cde29ca14610cc55780632591c77314610c8a578063535e401c14610c575780636b33cd2814610a5f5780637582d22614610a355780638da5cb5b146109f2578063a74067a7146109af578063b57b44c814610460578063c810544214610110578063db8721e9146100b05763e230333f14610092575f80fd5b346100ac575f3660031901126100ac576020604051818152f35b5f80fd5b346100ac5760203660031901126100ac576100cc600435611088565b6040518091602082016020835281518091526020604084019201905f5b8181106100f7575050500390f35b82518452859450602093840193909201916001016100e9565b346100ac57366003190161016081126100ac57610140136100ac57610144356001600160a01b0361013f61105e565b16330361042057801580156103f6575b6103b057604051635f7be80d60e01b8152907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661014060048085013760208361014481845afa60203d14169251921561036b57825f52600160205260405f205461033f5760e0602491604051928380927fe579f5000000000000000000000000000000000000000000000000000000000082528760048301525afa908115610334575f91610292575b50600481101561027e576102525790807f8b2bea3243ff50b6299696a086a0af15580ef2a6ca4f031bd7cd2b42f33ca51f60208094835f52600182528060405f2055604051908152a2604051908152f35b507ffcd61d04000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b905060e0813d60e01161032c575b816102ad60e09383610d6d565b810103126100ac576102be81611074565b50602081015164ffffffffff8116036100ac5760408101519060048210156100ac57606081015163ffffffff8116036100ac57608081015161ffff8116036100ac578061030f60a060c09301611074565b5001516bffffffffffffffffffffffff8116036100ac5783610201565b3d91506102a0565b6040513d5f823e3d90fd5b827f772b5d7d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b606460405163e70e701560e01b815260206004820152600560248201527f71756f74650000000000000000000000000000000000000000000000000000006044820152fd5b60405163e70e701560e01b815260206004820152600c60248201527f696e697469616c537461746500000000000000000000000000000000000000006044820152606490fd5b507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181101561014f565b6001600160a01b0361043061105e565b7fd7282187000000000000000000000000000000000000000000000000000000005f52166004523360245260445ffd5b346100ac576104403660031901126100ac5760043567ffffffffffffffff81116100ac57610492903690600401610cec565b906024359036610444116100ac576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361098357821561093e577f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018210156103b05767ffffffffffffffff83116108d857601f19601f840116906040516105266020840182610d6d565b848152602081019036868401116100ac57858383375f60208783010152519020805f525f6020526001600160a01b0360405f2054166109135761042435610404351715928315936108ec575b6040519460c0860186811067ffffffffffffffff8211176108d8576040525f86526016602087015260186040870152601a6060870152601c6080870152601e60a08701525f5b85156108cf5760ff60065b1681101561067f57600681101561066b578060051b8701516105e481611352565b3560018201808311610657576105f990611352565b35604080518381528260208201525f828201525f606082015260808160065afa91171515161561062c57506001016105b8565b7fe938ac38000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b508660025b86156108c65760ff60165b16811015610744576106a081611352565b3560018201808311610657576106b590611352565b3560028301808411610657576106ca90611352565b359160038401808511610657576106e090611352565b3591604051925f84525f60208501528260408501528160608501528460808501528060a0850152600160208560c08160085afa9451149417911717151516161561062c57600481018091111561068457634e487b7160e01b5f52601160045260245ffd5b506001600160a01b0360405160208101907f610000000000000000000000000000000000000000000000000000000000000082527f040100000000000000000000000000000000000000000000000000000000000060218201527f80600c6000396000f3000000000000000000000000000000000000000000000060238201526104006044602d83013761040d81526107df61042d82610d6d565b51905ff01691821561089e5760209585947fa1ed00e2d0f5ff24f63998e8f103967305d8cdfc712ee4f00f392bbc77f83f769460809360405161082181610d51565b82815260018b82018381528a5f525f8d526001600160a01b0360405f209351167fffffffffffffffffffffffff0000000000000000000000000000000000000000845416178355519101555f8587604051988997606089528160608a015283890137860101528984015260408301528101030190a2604051908152f35b7f1fe07fbc000000000000000000000000000000000000000000000000000000005f5260045ffd5b60ff600e61068f565b60ff60056105c3565b634e487b7160e01b5f52604160045260245ffd5b600e5b601681106108fd5750610572565b61090681611352565b3561062c576001016108ef565b7f862e440f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b606460405163e70e701560e01b815260206004820152600460248201527f6e616d65000000000000000000000000000000000000000000000000000000006044820152fd5b7f245aecd3000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346100ac575f3660031901126100ac5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100ac575f3660031901126100ac5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100ac5760203660031901126100ac576004355f526001602052602060405f2054604051908152f35b346100ac57366003190161016081126100ac57610140136100ac576101443567ffffffffffffffff81116100ac57366023820112156100ac5780600401359067ffffffffffffffff82116100ac573660248360091b830101116100ac5760405190602082019261018083016004356001600160a01b0381168091036100ac5785526024356001600160a01b0381168091036100ac576040850152604435606085015260643560808501526084356bffffffffffffffffffffffff81168091036100ac5760a085015260a43567ffffffffffffffff81168091036100ac5760c085015260c43567ffffffffffffffff81168091036100ac5760e085015260e435610100850152610104356001600160a01b0381168091036100ac5761012085015261012435906001600160a01b0382168092036100ac578291610140860152610160808601525260246101a084019201905f5b818110610bfa5785604086610bcf818803601f198101835282610d6d565b8151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b90919261020080600192863581526020870135602082015260408701356040820152606087013560608201526101006080880160808301376040610180880161018083013760406101c088016101c0830137019401929101610bb1565b346100ac57610c71610c6836610d1a565b92919091610d8f565b60405190600c83101561027e5760409282526020820152f35b346100ac5760203660031901126100ac576004355f525f6020526040805f2060016001600160a01b0382541691015482519182526020820152f35b346100ac57610cd6610c6836610d1a565b50600c81101561027e5760209060405190158152f35b9181601f840112156100ac5782359167ffffffffffffffff83116100ac57602083818601950101116100ac57565b60606003198201126100ac5760043591602435916044359067ffffffffffffffff82116100ac57610d4d91600401610cec565b9091565b6040810190811067ffffffffffffffff8211176108d857604052565b90601f8019910116810190811067ffffffffffffffff8211176108d857604052565b90939293610180808610610ffe57610160840135956101606101408601351490811591611044575b811561100b575b50610ffe578515610ff157604051635f7be80d60e01b815261014085600483013783602082610144816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa91511460203d14161615610fe457604084013590840135805f525f60205260405f2060405194610e4286610d51565b60016001600160a01b03835416928388520154602087019281845215610fd35715610fbf575051915b8215610fb057905f915b888310610ef85750505003610ee5576001600160a01b03905116610400600160405180933c61040081016040525f5b848110610eb65750505090505f905f90565b610ece6040518260041b600c0160051b8501846110d1565b15610edb57600101610ea4565b93505050600b9190565b50505f19820191821161065757600a9190565b9091928360041b84158582046010148117156106575781600c019283600c1161065757858460051b8b013503610f9f57600d830180851161065757859060051b8b013503610f8e57600e83018085116106575760051b8a013503610f725750600f018091116106575760051b860135926001019190610e75565b975050505050945050505f14610f885760089190565b60099190565b505050505050945050505060069190565b505050505050945050505060059190565b50505050505090506007905f90565b90505f52600160205260405f205491610e6b565b505050505050505090506004905f90565b5050505090506002905f90565b5050505090506003905f90565b5050505090506001905f90565b90508660041b87810460101488151715610657578760091b9080820460201490151715610657578201908183116106575714155f610dbe565b905061017f1981018181116106575760091c871190610db7565b6024356001600160a01b03811681036100ac5790565b51906001600160a01b03821682036100ac57565b5f525f6020526001600160a01b0360405f2054169081156110cb576104006001610420604051906110b98183610d6d565b6020825250602081019083368337943c565b60609150565b5f9392916020810135604082013560608301357f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181107f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000183107f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018510161615611308576103e08501516103c0860180516040890194921715611324576101808601906040828a3760806102408901865e60406101c0880160c08b013760806101c089016101008b015e6020896101808160085afa15611319576001895103611319576040828a3760407f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001818b200692816102c08b018c5e863760408960808160065afa1561131957604090855e608088015260408360608160075afa156113105760408760808160065afa15611310575b60406103008701845e6080870193845260408360608160075afa156113105760408760808160065afa156113105760406103408701845e835260408260608160075afa156113085760408660808160065afa1561130857604092836103808701845e5260608160075afa156113035760408360808160065afa156113035760809160c09184516101008560208801519301873784610140840161010088015e60408361018088015e84604084016101c088015e6102408601526102608501520161028083015e6020816103008160085afa1561130057516001149150565b50565b505050565b505050505050565b50505050505050565b505050505050505050565b506101e08501356101c0860135176101a086013561018087013517176113105760406102c08701885e611222565b602081101561066b5760051b6044019056",
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
// the contract method with ID 0x6b33cd28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encodeProof((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) quote, (bytes32,bytes32,bytes32,bytes32,uint256[8],uint256[2],uint256[2])[] segments) pure returns(bytes)
func (receiptVerifier *ReceiptVerifier) PackEncodeProof(quote TaskQuote, segments []ReceiptSegment) []byte {
	enc, err := receiptVerifier.abi.Pack("encodeProof", quote, segments)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncodeProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b33cd28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encodeProof((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) quote, (bytes32,bytes32,bytes32,bytes32,uint256[8],uint256[2],uint256[2])[] segments) pure returns(bytes)
func (receiptVerifier *ReceiptVerifier) TryPackEncodeProof(quote TaskQuote, segments []ReceiptSegment) ([]byte, error) {
	return receiptVerifier.abi.Pack("encodeProof", quote, segments)
}

// UnpackEncodeProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b33cd28.
//
// Solidity: function encodeProof((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) quote, (bytes32,bytes32,bytes32,bytes32,uint256[8],uint256[2],uint256[2])[] segments) pure returns(bytes)
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
// Solidity: function families(bytes32 ) view returns(address keys, bytes32 initialState)
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
// Solidity: function families(bytes32 ) view returns(address keys, bytes32 initialState)
func (receiptVerifier *ReceiptVerifier) TryPackFamilies(arg0 [32]byte) ([]byte, error) {
	return receiptVerifier.abi.Pack("families", arg0)
}

// FamiliesOutput serves as a container for the return parameters of contract
// method Families.
type FamiliesOutput struct {
	Keys         common.Address
	InitialState [32]byte
}

// UnpackFamilies is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2591c773.
//
// Solidity: function families(bytes32 ) view returns(address keys, bytes32 initialState)
func (receiptVerifier *ReceiptVerifier) UnpackFamilies(data []byte) (FamiliesOutput, error) {
	out, err := receiptVerifier.abi.Unpack("families", data)
	outstruct := new(FamiliesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Keys = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.InitialState = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
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
// the contract method with ID 0xb57b44c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerFamily(string name, bytes32 initialState, uint256[32] key) returns(bytes32 id)
func (receiptVerifier *ReceiptVerifier) PackRegisterFamily(name string, initialState [32]byte, key [32]*big.Int) []byte {
	enc, err := receiptVerifier.abi.Pack("registerFamily", name, initialState, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb57b44c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerFamily(string name, bytes32 initialState, uint256[32] key) returns(bytes32 id)
func (receiptVerifier *ReceiptVerifier) TryPackRegisterFamily(name string, initialState [32]byte, key [32]*big.Int) ([]byte, error) {
	return receiptVerifier.abi.Pack("registerFamily", name, initialState, key)
}

// UnpackRegisterFamily is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb57b44c8.
//
// Solidity: function registerFamily(string name, bytes32 initialState, uint256[32] key) returns(bytes32 id)
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
// Solidity: event FamilyRegistered(bytes32 indexed familyId, string name, bytes32 initialState, address keys)
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
