// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testcontracts

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

// GnarkHashchainVerifierMetaData contains all meta data concerning the GnarkHashchainVerifier contract.
var GnarkHashchainVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "GnarkHashchainVerifier",
	Bin: "0x60808060405234601557611199908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80630ea14a391461097557806398c13db9146104d65763f219ed6f1461003a575f80fd5b346104d25760803660031901126104d25760043567ffffffffffffffff81116104d25761006b903690600401610a3a565b366084116104d2576101006100809114610abb565b604051604081017f185949961e147842e77cdb0007348beeba8db8cb97b6503dfaf6be9c08029040825260208201907f15c8402a5bbbd5c03fecbcc8ed4d5f239bd71a54fead1ca2eeefd6573e0f01d682527f16cecc2c92d3b8ffc9d89c888c1ec1c897c0d9444308dbd2ab0afe0700c557e08152606083017f2e7a3c4f329c9411dcd0c820eb34ed59ed0bbe9d00d8aec04600f9a3449b5f8e81527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016040602435937f0ab6eb81b7b3c05ac075852050e00b3a950f8588c6368ea90cffbaa41f06e1c6608088019580875284848460608160075afa911016838960808160065afa167f140fba83ff0db48424badd42c0495050e4490288cfe65d36f9a86e0edaad435583527f29132258a0d4a188f9482e3f423f2e97563d8b6e1dfa99937516e52654d8fbb9865260016044359182895286868660608160075afa9310161616838960808160065afa16947f0650aea3ab3be40e7a9f39b29760bc21e6964252fc97d015a2889c49ff9cf01483525260643580955260608160075afa9210161660408360808160065afa169151905191156104aa576101006040519384377f27a5bc5e7c8e061ef2efe3d81e0cb7a9a68ed94a4b666d28be8efa59503f80406101008401527f29cd1910ccf41cb883c53879ae7dfb9c8835580e16fcb8ddea4c6ad67b1992376101208401527f079d9a2c87b29c97db077598c38f32855d96382733b6c0ac992f69c07d5e20c56101408401527f2ca37965629a7d4913407091e2a31cae3813fe94519964a4bd0fe74af901f7716101608401527f05219226a2ec9bdedc743aba69d38c0ef451092b29c3040da038777b3c777c516101808401527f2c5c4cce2992366fe82976a71ed1bee3d94eed20fb59a97710a9a525d772fd456101a08401527f2e6c47b0327eedad86544540f84189879a78b645a7aac61848d5ce2ba62ef1186101c08401527f0b8b19f240e86489a13bc7dcd9e747c1a42987cd1a52227aa0c47a582d332dcf6101e08401527f10d05104051a9943596e565fc1ba0dd41753fde32f899bd7dbfac87edd1dd4fa6102008401527f0f9f71c37bf99f850f5ea049b8ee849d39a94fafbcd3d258292d2c4bd4b678836102208401526102408301526102608201527f0e09ad581d5b1f9a66a3111073fd55fe211fa427bcf17c6270a026f57bce69586102808201527f061fdf8e1009b7925d9d195acb5a7feb8ca486ef203f11d2a48891bf7989bdbe6102a08201527f0d0153bb423a43de42764e202ea53160039bca4cdd08c40106534ccd50bf4be46102c08201527f07f038c6ab322d1522a367dc4a7e02a471e1f3a6c743477ea642785be64c51f06102e08201526020816103008160085afa9051161561048257005b7f7fcdd1f4000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fa54f8e27000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f80fd5b346104d25760e03660031901126104d257366084116104d2573660e4116104d25761030061050381610a68565b81368237610512600435610df5565b610523602493929335604435610e60565b91939290610532606435610df5565b9390926040519660408801967f185949961e147842e77cdb0007348beeba8db8cb97b6503dfaf6be9c0802904089528860208101987f15c8402a5bbbd5c03fecbcc8ed4d5f239bd71a54fead1ca2eeefd6573e0f01d68a527f16cecc2c92d3b8ffc9d89c888c1ec1c897c0d9444308dbd2ab0afe0700c557e081527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001604060608401927f2e7a3c4f329c9411dcd0c820eb34ed59ed0bbe9d00d8aec04600f9a3449b5f8e84527f0ab6eb81b7b3c05ac075852050e00b3a950f8588c6368ea90cffbaa41f06e1c66084359583608082019780895286828660608160075afa911016818360808160065afa167f140fba83ff0db48424badd42c0495050e4490288cfe65d36f9a86e0edaad435585527f29132258a0d4a188f9482e3f423f2e97563d8b6e1dfa99937516e52654d8fbb98852600160a43591828b5288848860608160075afa93101616169160808160065afa16947f0650aea3ab3be40e7a9f39b29760bc21e6964252fc97d015a2889c49ff9cf01483525260c43580955260608160075afa9210161660408a60808160065afa169851975198156104aa5760209a8a528a8a015260408901526060880152608087015260a086015260c085015260e08401527f27a5bc5e7c8e061ef2efe3d81e0cb7a9a68ed94a4b666d28be8efa59503f80406101008401527f29cd1910ccf41cb883c53879ae7dfb9c8835580e16fcb8ddea4c6ad67b1992376101208401527f079d9a2c87b29c97db077598c38f32855d96382733b6c0ac992f69c07d5e20c56101408401527f2ca37965629a7d4913407091e2a31cae3813fe94519964a4bd0fe74af901f7716101608401527f05219226a2ec9bdedc743aba69d38c0ef451092b29c3040da038777b3c777c516101808401527f2c5c4cce2992366fe82976a71ed1bee3d94eed20fb59a97710a9a525d772fd456101a08401527f2e6c47b0327eedad86544540f84189879a78b645a7aac61848d5ce2ba62ef1186101c08401527f0b8b19f240e86489a13bc7dcd9e747c1a42987cd1a52227aa0c47a582d332dcf6101e08401527f10d05104051a9943596e565fc1ba0dd41753fde32f899bd7dbfac87edd1dd4fa6102008401527f0f9f71c37bf99f850f5ea049b8ee849d39a94fafbcd3d258292d2c4bd4b678836102208401526102408301526102608201527f0e09ad581d5b1f9a66a3111073fd55fe211fa427bcf17c6270a026f57bce69586102808201527f061fdf8e1009b7925d9d195acb5a7feb8ca486ef203f11d2a48891bf7989bdbe6102a08201527f0d0153bb423a43de42764e202ea53160039bca4cdd08c40106534ccd50bf4be46102c08201527f07f038c6ab322d1522a367dc4a7e02a471e1f3a6c743477ea642785be64c51f06102e082015261094d82610a68565b9283918336843760085afa15908115610968575b5061048257005b6001915051141581610961565b346104d25760203660031901126104d25760043567ffffffffffffffff81116104d2576109a6903690600401610a3a565b610a0b6080926109c66101006109bb86610a68565b948636873714610abb565b6109d560208201358235610b20565b83526109f28482013560a083013560408401356060850135610bc1565b6020850152604084015260c060e0820135910135610b20565b6060820152604051905f825b60048210610a2457505050f35b6020806001928551815201930191019091610a17565b9181601f840112156104d25782359167ffffffffffffffff83116104d257602083818601950101116104d257565b6040519190601f01601f1916820167ffffffffffffffff811183821017610a8e57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b15610ac257565b60646040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601460248201527f696e76616c69642070726f6f66206c656e6774680000000000000000000000006044820152fd5b905f5160206111795f395f51905f528210801590610baa575b61048257811580610ba2575b610b9c57610b695f5160206111795f395f51905f5260038185818180090908610f99565b818103610b7857505060011b90565b5f5160206111795f395f51905f52809106810306145f1461048257600190811b1790565b50505f90565b508015610b45565b505f5160206111795f395f51905f52811015610b39565b919093925f5160206111795f395f51905f528310801590610dde575b8015610dc7575b8015610db0575b610482578082868517171715610da557908291610d085f5160206111795f395f51905f5280808080888180808f9d7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd448f839290839109099d8e0981848181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089a09818c8181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306945f5160206111795f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea481610ce281808b80098187800908610f99565b8408095f5160206111795f395f51905f52610cfc82611110565b80091415958691610fbc565b929080821480610d9c575b15610d3a5750505050905f14610d325760ff60025b169060021b179190565b60ff5f610d28565b5f5160206111795f395f51905f52809106810306149182610d7d575b5050156104825760019115610d755760ff60025b169060021b17179190565b60ff5f610d6a565b5f5160206111795f395f51905f52919250819006810306145f80610d56565b50838314610d13565b50505090505f905f90565b505f5160206111795f395f51905f52811015610beb565b505f5160206111795f395f51905f52821015610be4565b505f5160206111795f395f51905f52851015610bdd565b8015610e59578060011c915f5160206111795f395f51905f5283101561048257600180610e385f5160206111795f395f51905f5260038188818180090908610f99565b931614610e4157565b905f5160206111795f395f51905f5280910681030690565b505f905f90565b801580610f91575b610f85578060021c92825f5160206111795f395f51905f528510801590610f6e575b6104825784815f5160206111795f395f51905f5280808080808080807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4481610f389d8d0909998a0981898181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306936002808a16149509818a8181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e508610fbc565b80929160018082961614610f4a575050565b5f5160206111795f395f51905f528093945080929550809106810306930681030690565b505f5160206111795f395f51905f52811015610e8a565b50505f905f905f905f90565b508115610e68565b90610fa382611110565b915f5160206111795f395f51905f528380090361048257565b915f5160206111795f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea4816110149396949661100682808a8009818a800908610f99565b90611104575b860809610f99565b925f5160206111795f395f51905f52600285096040519060208252602080830152602060408301528060608301527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4560808301525f5160206111795f395f51905f5260a083015260208260c08160055afa91519115610482575f5160206111795f395f51905f52826001920903610482575f5160206111795f395f51905f52908209925f5160206111795f395f51905f5280808087800906810306818780090814908115916110e5575b5061048257565b90505f5160206111795f395f51905f528084860960020914155f6110de565b8180910681030661100c565b9060405191602083526020808401526020604084015260608301527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808301525f5160206111795f395f51905f5260a083015260208260c08160055afa915191156104825756fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// GnarkHashchainVerifier is an auto generated Go binding around an Ethereum contract.
type GnarkHashchainVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GnarkHashchainVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewGnarkHashchainVerifier creates a new instance of GnarkHashchainVerifier.
func NewGnarkHashchainVerifier() *GnarkHashchainVerifier {
	parsed, err := GnarkHashchainVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GnarkHashchainVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GnarkHashchainVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (gnarkHashchainVerifier *GnarkHashchainVerifier) PackCompressProof(proof []byte) []byte {
	enc, err := gnarkHashchainVerifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (gnarkHashchainVerifier *GnarkHashchainVerifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return gnarkHashchainVerifier.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (gnarkHashchainVerifier *GnarkHashchainVerifier) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := gnarkHashchainVerifier.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98c13db9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[3] input) view returns()
func (gnarkHashchainVerifier *GnarkHashchainVerifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [3]*big.Int) []byte {
	enc, err := gnarkHashchainVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98c13db9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[3] input) view returns()
func (gnarkHashchainVerifier *GnarkHashchainVerifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [3]*big.Int) ([]byte, error) {
	return gnarkHashchainVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf219ed6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[3] input) view returns()
func (gnarkHashchainVerifier *GnarkHashchainVerifier) PackVerifyProof(proof []byte, input [3]*big.Int) []byte {
	enc, err := gnarkHashchainVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf219ed6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[3] input) view returns()
func (gnarkHashchainVerifier *GnarkHashchainVerifier) TryPackVerifyProof(proof []byte, input [3]*big.Int) ([]byte, error) {
	return gnarkHashchainVerifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (gnarkHashchainVerifier *GnarkHashchainVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gnarkHashchainVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return gnarkHashchainVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], gnarkHashchainVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return gnarkHashchainVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GnarkHashchainVerifierProofInvalid represents a ProofInvalid error raised by the GnarkHashchainVerifier contract.
type GnarkHashchainVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func GnarkHashchainVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (gnarkHashchainVerifier *GnarkHashchainVerifier) UnpackProofInvalidError(raw []byte) (*GnarkHashchainVerifierProofInvalid, error) {
	out := new(GnarkHashchainVerifierProofInvalid)
	if err := gnarkHashchainVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GnarkHashchainVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the GnarkHashchainVerifier contract.
type GnarkHashchainVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func GnarkHashchainVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (gnarkHashchainVerifier *GnarkHashchainVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*GnarkHashchainVerifierPublicInputNotInField, error) {
	out := new(GnarkHashchainVerifierPublicInputNotInField)
	if err := gnarkHashchainVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
