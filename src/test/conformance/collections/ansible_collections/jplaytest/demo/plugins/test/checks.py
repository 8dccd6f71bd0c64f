# A collection's test plugin (jplaytest.demo.palindrome).


def palindrome(value):
    text = ''.join(c.lower() for c in str(value) if c.isalnum())
    return text == text[::-1]


class TestModule(object):
    def tests(self):
        return {'palindrome': palindrome}
