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
	Commitments   [4]*big.Int
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractAoraki\",\"name\":\"aoraki_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyPinned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"BadParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"familyId\",\"type\":\"bytes32\"}],\"name\":\"FamilyExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"KeyStoreFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotQuoteRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"TaskAlreadySubmitted\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"familyId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"initialInput\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"keys\",\"type\":\"address\"}],\"name\":\"FamilyRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"}],\"name\":\"InitialStatePinned\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"KEY_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"aoraki\",\"outputs\":[{\"internalType\":\"contractAoraki\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"check\",\"outputs\":[{\"internalType\":\"enumReceiptVerifier.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"provingDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"internalType\":\"structTaskQuote\",\"name\":\"quote\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"family\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateIn\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateOut\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputIn\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputOut\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"},{\"internalType\":\"uint256[4]\",\"name\":\"commitments\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[2]\",\"name\":\"commitmentPok\",\"type\":\"uint256[2]\"}],\"internalType\":\"structReceiptSegment[]\",\"name\":\"segments\",\"type\":\"tuple[]\"}],\"name\":\"encodeProof\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"families\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"keys\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialInput\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"familyId\",\"type\":\"bytes32\"}],\"name\":\"familyKey\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"key\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"provingDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"internalType\":\"structTaskQuote\",\"name\":\"q\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"}],\"name\":\"pinInitialState\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"pinnedInitialState\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialInput\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[44]\",\"name\":\"key\",\"type\":\"uint256[44]\"}],\"name\":\"registerFamily\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyReceipt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ReceiptVerifier",
	Bin: "0x60c0346100c257601f61193e38819003918201601f19168301916001600160401b038311848410176100c6578084926020946040528339810103126100c257516001600160a01b0381168082036100c2573b15610093573360805260a05260405161186390816100db82396080518181816104c6015261084e015260a051818181610167015281816104830152610f260152f35b60405163e70e701560e01b8152602060048201526006602482015265616f72616b6960d01b6044820152606490fd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816309e08ab114610800575080631cde29ca146107d95780632591c773146107905780633d164af214610547578063535e401c146105145780637582d226146104ea5780638da5cb5b146104a7578063a74067a714610464578063c810544214610114578063db8721e9146100b45763e230333f14610095575f80fd5b346100b0575f3660031901126100b0576020604051602c8152f35b5f80fd5b346100b05760203660031901126100b0576100d06004356112cd565b6040518091602082016020835281518091526020604084019201905f5b8181106100fb575050500390f35b82518452859450602093840193909201916001016100ed565b346100b057366003190161016081126100b057610140136100b057610144356001600160a01b036101436112a3565b16330361042457801580156103fa575b6103b457604051635f7be80d60e01b8152907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661014060048085013760208361014481845afa60203d14169251921561036f57825f52600160205260405f20546103435760e0602491604051928380927fe579f5000000000000000000000000000000000000000000000000000000000082528760048301525afa908115610338575f91610296575b506004811015610282576102565790807f8b2bea3243ff50b6299696a086a0af15580ef2a6ca4f031bd7cd2b42f33ca51f60208094835f52600182528060405f2055604051908152a2604051908152f35b507ffcd61d04000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b905060e0813d60e011610330575b816102b160e09383610ea0565b810103126100b0576102c2816112b9565b50602081015164ffffffffff8116036100b05760408101519060048210156100b057606081015163ffffffff8116036100b057608081015161ffff8116036100b0578061031360a060c093016112b9565b5001516bffffffffffffffffffffffff8116036100b05783610205565b3d91506102a4565b6040513d5f823e3d90fd5b827f772b5d7d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b606460405163e70e701560e01b815260206004820152600560248201527f71756f74650000000000000000000000000000000000000000000000000000006044820152fd5b60405163e70e701560e01b815260206004820152600c60248201527f696e697469616c537461746500000000000000000000000000000000000000006044820152606490fd5b507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001811015610153565b6001600160a01b036104346112a3565b7fd7282187000000000000000000000000000000000000000000000000000000005f52166004523360245260445ffd5b346100b0575f3660031901126100b05760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100b0575f3660031901126100b05760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100b05760203660031901126100b0576004355f526001602052602060405f2054604051908152f35b346100b05761052e61052536610e4d565b92919091610ec2565b60405190600d8310156102825760409282526020820152f35b346100b057366003190161016081126100b057610140136100b0576101443567ffffffffffffffff81116100b057366023820112156100b05780600401359067ffffffffffffffff82116100b0573660246102c08402830101116100b05760405190602082019261018083016004356001600160a01b0381168091036100b05785526024356001600160a01b0381168091036100b0576040850152604435606085015260643560808501526084356bffffffffffffffffffffffff81168091036100b05760a085015260a43567ffffffffffffffff81168091036100b05760c085015260c43567ffffffffffffffff81168091036100b05760e085015260e435610100850152610104356001600160a01b0381168091036100b05761012085015261012435906001600160a01b0382168092036100b0578291610140860152610160808601525260246101a084019201905f905b8082106106e457856040866106b9818803601f198101835282610ea0565b8151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b909192833581526020840135602082015260408401356040820152606084013560608201526080840135608082015260a084013560a082015260c08401356001600160a01b0381168091036100b05760c082015260e0840135906bffffffffffffffffffffffff82168092036100b0576102c08160019360e08394015261010080880181830137608061020088016102008301376040610280880161028083013701940192019061069b565b346100b05760203660031901126100b0576004355f525f602052606060405f206001600160a01b0381541690600260018201549101549060405192835260208301526040820152f35b346100b0576107ea61052536610e4d565b50600d8110156102825760209060405190158152f35b346100b0576105e03660031901126100b05760043567ffffffffffffffff81116100b057610832903690600401610e1f565b602435926044359290366105e4116100b0576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163303610df3578215610db057507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018410156103b4577f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001831015610d6b5767ffffffffffffffff8211610d5757601f19601f830116906040516108f36020840182610ea0565b838152602081019036858401116100b057848383375f6020868301015251902090815f525f6020526001600160a01b0360405f205416610d2b5761052435610544351715610d0e576002945b60ff86169485610d055760ff600e5b165b602c811080610cfb575b156109c95761096881611317565b3561099e576015810361097d57506028610950565b6001810180911115610950575b634e487b7160e01b5f52601160045260245ffd5b7fe938ac38000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060ff8716861415968890602460019190911b6101fe1681019081105f8a5b61098a578161098a5782811015610a7057610a0281611317565b356001820180831161098a57610a1790611317565b35604080518381528260208201525f828201525f606082015260808160065afa91171515161561099e5780610a50575060165b8a6109e8565b6002810180911115610a4a57634e487b7160e01b5f52601160045260245ffd5b505050600296878114975b8815610ce15760ff602c5b16811015610b4b57610a9781611317565b356001820180831161098a57610aac90611317565b356002830180841161098a57610ac190611317565b35916003840180851161098a57610ad790611317565b3591604051925f84525f60208501528260408501528160608501528460808501528060a0850152600160208560c08160085afa9451149417911717151516161561099e5760128103610b2b57506028610a7b565b6004810180911115610a7b57634e487b7160e01b5f52601160045260245ffd5b50506001600160a01b0360405160208101907f610000000000000000000000000000000000000000000000000000000000000082527f058100000000000000000000000000000000000000000000000000000000000060218201527f80600c6000396000f3000000000000000000000000000000000000000000000060238201526105806064602d83013761058d8152610be76105ad82610ea0565b51905ff016938415610cb95760209686957f89897bb19facaa0189e02cceba17e5a6f9fddf6d3b5bf5e4524844152e229deb9560a094604051610c2981610e84565b83815260028c820183815260408301908582528c5f525f8f526001600160a01b0360405f209451167fffffffffffffffffffffffff0000000000000000000000000000000000000000855416178455516001840155519101555f8688604051998a9860808a528160808b0152838a0137870101528a850152604084015260608301528101030190a2604051908152f35b7f1fe07fbc000000000000000000000000000000000000000000000000000000005f5260045ffd5b60018203610cf25760ff6016610a86565b60ff600e610a86565b506002871061095a565b60ff602861094e565b6104e435610504351715610d255760015b9461093f565b5f610d1f565b507f862e440f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b606460405163e70e701560e01b815260206004820152600c60248201527f696e697469616c496e70757400000000000000000000000000000000000000006044820152fd5b8063e70e701560e01b6064925260206004820152600460248201527f6e616d65000000000000000000000000000000000000000000000000000000006044820152fd5b7f245aecd3000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b9181601f840112156100b05782359167ffffffffffffffff83116100b057602083818601950101116100b057565b60606003198201126100b05760043591602435916044359067ffffffffffffffff82116100b057610e8091600401610e1f565b9091565b6060810190811067ffffffffffffffff821117610d5757604052565b90601f8019910116810190811067ffffffffffffffff821117610d5757604052565b90939291936101809081841061124057610160860135936101606101408801351490811591611287575b811561124d575b5061124057831561123357604051635f7be80d60e01b815261014087600483013783602082610144816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa91511460203d141616156112265760408601359186013591825f525f60205260405f209160405193610f7985610e84565b6001600160a01b0384541693848652600181015460026020880192828452015495604088019687521561121457156112005751905b81156111ef57935160608a0135949080156111e7579390935b935f915b898310611091575050500361107b5703611067576001600160a01b0390511693610580600160405180973c61058085016040526104e08501516104c08601511715156104a086015161048087015117151501945f5b84811061103457505050505090505f905f90565b61104e8460405160168402600c0160051b86018a86611491565b1561105b57600101611020565b955050505050600b9190565b50505f1981019250821161098a57600c9190565b50505f19830194505050821161098a57600a9190565b90919492601686029386159087860460161482171561098a5785600c019283600c1161098a576012870180851161098a5760051b8f013560a01c158015906111cb575b6111b757858f8560051b0135036111a357600d870180851161098a578f869160051b01350361118f57600e870180851161098a5760051b8f013503611176576010860180841161098a5760051b8e0135036111585750600f840180821161098a5760119060051b8d0135940180911161098a5760051b8b0135946001019190610fcb565b9950505050505095505050505f146111705760089190565b60099190565b509950505050505095505050505f146111705760089190565b505050505050505095505050505060069190565b505050505050505095505050505060059190565b505050505050505095505050505060019190565b506013870180851161098a5760051b8f013560601c15156110d4565b509284610fc7565b505050505050505090506007905f90565b50855f52600160205260405f205490610fae565b50505050505050505090506004905f90565b5050505090506002905f90565b5050505090506003905f90565b5050505090506001905f90565b9050601685028581046016148615171561098a576102c08602908082046020149015171561098a5783019081841161098a5714155f610ef3565b905061017f19810181811161098a576102c09004851190610eec565b6024356001600160a01b03811681036100b05790565b51906001600160a01b03821682036100b057565b5f525f6020526001600160a01b0360405f2054169081156113115761058060016105a06040516112fd8282610ea0565b602c81526020810191601f1901368337943c565b60609150565b602c8110156113295760051b60640190565b634e487b7160e01b5f52603260045260245ffd5b91905f9360408093835e8282015260608160075afa1561136f5780608060409260065afa1561136c5750600190565b90565b5090565b91905f5f915f855260208501905f8252604086019081526060860194855260808601917e30004731362d425342323209000000000000000000000000000000000000008352602087608d8160025afa15611487577f014731362d4253423232090000000000000000000000000000000000000000009052602081602b8860025afa1561147e57519451851884527f024731362d4253423232090000000000000000000000000000000000000000009052602083602b8160025afa15611477575050907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000170010000000000000000000000000000000081935160801c92090890600190565b9250929050565b50509250929050565b5050509250929050565b5f959460015b6006811061182d575061028084019261024085019161020086019085356102a088013517158435610260890135171583356102208a0135171585801561181c5760011461180957171761171d575b87526020870194604060c0880187377f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016060892006936040890193805f146117f75760011461175957826040610240948b377f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000160408b2006926040838c3783865261159a8b857f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001606083200697889201611373565b1561174b576040848d378652604060c08c0160608d60075afa1561173e5760409081838d3760806102408a01885e60806105008a016101008e015e6101808c013760806101c088016101c08c015e60208a6102408160085afa156117325760018a510361173257604090816102c089018c5e853760408960808160065afa1561172757604090843760408860808160065afa1561171d57611641906104808601848a61133d565b1561170c57611656906104c08501838961133d565b15611715575b60015b600681106116e4575090611679916104408401908761133d565b156116de5760809260c09261010080875192519301873784610140840161010088015e60408361018088015e84604084016101c088015e6102408601526102608501520161028083015e6020816103008160085afa156116db57516001149150565b50565b50505050565b6116ff8160051b8701356102c08360061b870101848a61133d565b1561170c5760010161165f565b50505050505050565b505050505050565b5050505050505050565b505050505050505050565b50505050505050505050565b5050505050505050505050565b505050505050505050505050565b5060409081838a3760806102408701855e60c089013760806101c0850161010089015e6020876101808160085afa1561170c57600187510361170c57604081883760407f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018189200691816102c087018a5e833760408760808160065afa1561170c576117eb906104808501838961133d565b61165c57505050505050565b5050505060406102c08401875e61165c565b90151717156114e5575050505050505050565b5016166114e5575050505050505050565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018160051b86013510156117155760010161149756",
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
// the contract method with ID 0x3d164af2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encodeProof((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) quote, (bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,address,uint96,uint256[8],uint256[4],uint256[2])[] segments) pure returns(bytes)
func (receiptVerifier *ReceiptVerifier) PackEncodeProof(quote TaskQuote, segments []ReceiptSegment) []byte {
	enc, err := receiptVerifier.abi.Pack("encodeProof", quote, segments)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncodeProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d164af2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encodeProof((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) quote, (bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,address,uint96,uint256[8],uint256[4],uint256[2])[] segments) pure returns(bytes)
func (receiptVerifier *ReceiptVerifier) TryPackEncodeProof(quote TaskQuote, segments []ReceiptSegment) ([]byte, error) {
	return receiptVerifier.abi.Pack("encodeProof", quote, segments)
}

// UnpackEncodeProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d164af2.
//
// Solidity: function encodeProof((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) quote, (bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,address,uint96,uint256[8],uint256[4],uint256[2])[] segments) pure returns(bytes)
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
// the contract method with ID 0x09e08ab1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerFamily(string name, bytes32 initialState, bytes32 initialInput, uint256[44] key) returns(bytes32 id)
func (receiptVerifier *ReceiptVerifier) PackRegisterFamily(name string, initialState [32]byte, initialInput [32]byte, key [44]*big.Int) []byte {
	enc, err := receiptVerifier.abi.Pack("registerFamily", name, initialState, initialInput, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09e08ab1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerFamily(string name, bytes32 initialState, bytes32 initialInput, uint256[44] key) returns(bytes32 id)
func (receiptVerifier *ReceiptVerifier) TryPackRegisterFamily(name string, initialState [32]byte, initialInput [32]byte, key [44]*big.Int) ([]byte, error) {
	return receiptVerifier.abi.Pack("registerFamily", name, initialState, initialInput, key)
}

// UnpackRegisterFamily is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09e08ab1.
//
// Solidity: function registerFamily(string name, bytes32 initialState, bytes32 initialInput, uint256[44] key) returns(bytes32 id)
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
