# Why an upload is refused.
file-err-no-name = the file has no name
file-err-empty = the file is empty
file-err-too-large = the file is larger than { $mb } MB
file-err-type = files of this type are not accepted; use one of: { $extensions }
file-err-not-utf8 = a .txt or .csv file must be UTF-8 text
file-err-content = the file's content is not a .{ $extension } file
